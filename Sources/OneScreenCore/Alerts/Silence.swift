/// Notifications muted for a rule or a subject until a time. The alerts are still raised and kept; only the
/// hooks stay quiet, so the screen and the history remain complete.
public struct Silence: Sendable, Equatable {
    public var id: Int64
    /// A rule name or a subject, or a pattern of either (`truck.*`).
    public var target: Glob
    public var until: Instant
    public var createdBy: String
    public var createdAt: Instant
    public var note: String?

    public init(id: Int64 = 0, target: Glob, until: Instant, createdBy: String, createdAt: Instant, note: String? = nil) {
        self.id = id
        self.target = target
        self.until = until
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.note = note
    }

    /// A silence longer than this is a rule that should be changed or disabled in the config instead.
    public static let longest = Duration.seconds(30 * 86_400)

    /// How long a silence asked for as `30m`, `2h` or `1d` lasts, or why it cannot: the CLI and the dashboard take
    /// the same words.
    public static func duration(_ text: String) throws(AlertActionError) -> Duration {
        guard case .success(let span) = ConfigDuration.check(text) else {
            throw ConfigDuration.check(text) == .failure(.tooLong) ? .tooLong : .badDuration
        }
        guard span > .zero else { throw .badDuration }
        guard span <= longest else { throw .tooLong }
        return span
    }

    /// Whether this silence mutes an alert of `rule` about `subject` at `now`.
    public func mutes(rule: String, subject: String, at now: Instant) -> Bool {
        now < until && (target.matches(rule) || target.matches(subject))
    }
}
