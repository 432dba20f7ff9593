/// The alert pane: open alerts per level and the newest of them.
public struct AlertOverview: Sendable, Equatable {
    /// Open alerts per level, index 0 = L1 … 3 = L4.
    public var openByLevel: [Int]
    /// Open alerts, newest first.
    public var newest: [AlertLine]

    public init(openByLevel: [Int], newest: [AlertLine]) {
        self.openByLevel = openByLevel
        self.newest = newest
    }

    public var openCount: Int { openByLevel.reduce(0, +) }

    public struct AlertLine: Sendable, Equatable {
        public var id: Int64
        public var rule: String
        public var level: AlertLevel
        public var state: AlertState
        public var subject: String
        public var message: String
        public var firstSeen: Instant
        public var lastSeen: Instant
        public var count: Int

        public init(
            id: Int64, rule: String, level: AlertLevel, state: AlertState, subject: String, message: String,
            firstSeen: Instant, lastSeen: Instant, count: Int
        ) {
            self.id = id
            self.rule = rule
            self.level = level
            self.state = state
            self.subject = subject
            self.message = message
            self.firstSeen = firstSeen
            self.lastSeen = lastSeen
            self.count = count
        }

        public var isAcknowledged: Bool { state == .acknowledged }
    }
}
