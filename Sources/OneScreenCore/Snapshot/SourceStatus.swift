/// One data source's health as the collector last recorded it.
public struct SourceStatus: Sendable, Equatable, Codable {
    public enum State: String, Sendable, Codable, CaseIterable {
        case ok, late, failing, disabled
    }

    public var name: String
    public var kind: String
    public var state: State
    public var lastSuccess: Instant?
    public var lastError: String?
    public var accepted: Int
    public var rejected: Int
    public var nextRun: Instant?
    /// Runs in a row that failed (nil: none, or recorded before this was kept).
    public var failedRuns: Int?
    /// Set for a stream (`stream: true`).
    public var stream: Stream?

    /// How a long-running source goes.
    public struct Stream: Sendable, Equatable, Codable {
        /// Since when the current process runs; nil while it is down, waiting to be restarted.
        public var since: Instant?
        public var linesPerSecond: Double
        /// How often it was restarted after it ended or fell silent.
        public var restarts: Int
        /// Why ingest falls behind it, nil while it keeps up.
        public var lag: String?

        public init(since: Instant?, linesPerSecond: Double, restarts: Int, lag: String? = nil) {
            self.since = since
            self.linesPerSecond = linesPerSecond
            self.restarts = restarts
            self.lag = lag
        }
    }

    public init(
        name: String, kind: String, state: State, lastSuccess: Instant?, lastError: String?, accepted: Int,
        rejected: Int, nextRun: Instant?, failedRuns: Int? = nil, stream: Stream? = nil
    ) {
        self.name = name
        self.kind = kind
        self.state = state
        self.lastSuccess = lastSuccess
        self.lastError = lastError
        self.accepted = accepted
        self.rejected = rejected
        self.nextRun = nextRun
        self.failedRuns = failedRuns
        self.stream = stream
    }
}
