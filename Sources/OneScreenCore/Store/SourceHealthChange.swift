/// What one moment of a source's life changes in its health row: nil fields keep their stored value, counts add.
public struct SourceHealthChange: Sendable, Equatable {
    public var name: String
    public var kind: String
    public var state: SourceStatus.State
    public var lastRun: Instant?
    public var lastSuccess: Instant?
    public var lastError: String?
    public var accepted = 0
    public var rejected = 0
    public var nextRun: Instant?
    /// Runs in a row that failed, as the scheduler counts them; nil keeps the stored count.
    public var failedRuns: Int?
    /// Why the run failed, when it did; nil keeps the stored one.
    public var lastFailure: String?
    /// A stream's health, written whole (a nil `since` clears it); nil keeps the stored one.
    public var stream: SourceStatus.Stream?

    public init(name: String, kind: String, state: SourceStatus.State) {
        self.name = name
        self.kind = kind
        self.state = state
    }
}
