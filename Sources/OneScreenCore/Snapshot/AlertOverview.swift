/// The alert pane and the Alerts page's list: open alerts per level, and the alerts listed (the open ones on the
/// overview, the chosen states on the page).
public struct AlertOverview: Sendable, Equatable, Codable {
    /// Open alerts per level, index 0 = L1 … 3 = L4.
    public var openByLevel: [Int]
    /// The alerts listed, newest first.
    public var newest: [AlertRecord]

    public init(openByLevel: [Int], newest: [AlertRecord]) {
        self.openByLevel = openByLevel
        self.newest = newest
    }

    public var openCount: Int { openByLevel.reduce(0, +) }
}
