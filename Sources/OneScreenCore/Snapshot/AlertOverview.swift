/// The alert pane: open alerts per level and the newest of them.
public struct AlertOverview: Sendable, Equatable {
    /// Open alerts per level, index 0 = L1 … 3 = L4.
    public var openByLevel: [Int]
    /// Open alerts, newest first.
    public var newest: [AlertRecord]

    public init(openByLevel: [Int], newest: [AlertRecord]) {
        self.openByLevel = openByLevel
        self.newest = newest
    }

    public var openCount: Int { openByLevel.reduce(0, +) }
}
