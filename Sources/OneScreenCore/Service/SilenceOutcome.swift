/// A silence made, and how many open alerts it mutes now.
public struct SilenceOutcome: Sendable, Equatable, Codable {
    public var target: String
    public var until: Instant
    public var openMatching: Int

    public init(target: String, until: Instant, openMatching: Int) {
        self.target = target
        self.until = until
        self.openMatching = openMatching
    }
}
