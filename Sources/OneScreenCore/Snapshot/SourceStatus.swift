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

    public init(
        name: String, kind: String, state: State, lastSuccess: Instant?, lastError: String?, accepted: Int,
        rejected: Int, nextRun: Instant?
    ) {
        self.name = name
        self.kind = kind
        self.state = state
        self.lastSuccess = lastSuccess
        self.lastError = lastError
        self.accepted = accepted
        self.rejected = rejected
        self.nextRun = nextRun
    }
}
