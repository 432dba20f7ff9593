/// The alert pane and the Alerts page's list: the alerts listed (the open ones on the overview, the chosen states on
/// the page), how many of them there are per level, and how many are pending, which no count of open alerts includes.
public struct AlertOverview: Sendable, Equatable, Codable {
    /// The alerts in the listed states per level, index 0 = L1 … 3 = L4 (not only the ones the list holds).
    public var byLevel: [Int]
    /// The alerts listed, newest first.
    public var newest: [AlertRecord]
    /// Pending alerts, all levels.
    public var pending: Int
    /// The silences in force, oldest first: on the Alerts page only (the overview has no use for them).
    public var silences: [Silence]

    public init(byLevel: [Int], newest: [AlertRecord], pending: Int = 0, silences: [Silence] = []) {
        self.byLevel = byLevel
        self.newest = newest
        self.pending = pending
        self.silences = silences
    }

    public var count: Int { byLevel.reduce(0, +) }

    /// The count of `level`.
    public func count(_ level: AlertLevel) -> Int { byLevel.indices.contains(level.rawValue - 1) ? byLevel[level.rawValue - 1] : 0 }
}
