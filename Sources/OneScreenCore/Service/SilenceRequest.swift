/// A silence as asked: of an alert's subject or rule picked on the dashboard (matched literally, whatever
/// characters it holds), or of a name or pattern typed on the command line.
public struct SilenceRequest: Sendable, Equatable, Codable {
    public enum Target: Sendable, Equatable, Codable {
        case subjectOf(alert: Int64)
        case ruleOf(alert: Int64)
        /// `*` and `?` are wildcards.
        case pattern(String)
    }

    public var target: Target
    public var duration: Duration
    public var note: String?

    public init(target: Target, duration: Duration, note: String? = nil) {
        self.target = target
        self.duration = duration
        self.note = note
    }
}
