/// Notifications muted for a rule or a subject until a time. The alerts are still raised and kept; only the
/// hooks stay quiet, so the screen and the history remain complete.
public struct Silence: Sendable, Equatable, Codable {
    public var id: Int64
    /// A rule name or a subject, or a pattern of either (`truck.*`).
    public var target: Glob
    public var until: Instant
    public var createdBy: String
    public var createdAt: Instant
    public var note: String?

    private enum CodingKeys: String, CodingKey {
        case id, target, until, createdBy, createdAt, note
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(Int64.self, forKey: .id), target: Glob(try c.decode(String.self, forKey: .target)),
                  until: try c.decode(Instant.self, forKey: .until), createdBy: try c.decode(String.self, forKey: .createdBy),
                  createdAt: try c.decode(Instant.self, forKey: .createdAt), note: try c.decodeIfPresent(String.self, forKey: .note))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(target.pattern, forKey: .target)
        try c.encode(until, forKey: .until)
        try c.encode(createdBy, forKey: .createdBy)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encodeIfPresent(note, forKey: .note)
    }

    public init(id: Int64 = 0, target: Glob, until: Instant, createdBy: String, createdAt: Instant, note: String? = nil) {
        self.id = id
        self.target = target
        self.until = until
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.note = note
    }

    /// The target's pattern, as the store keeps it and masking rewrites it.
    public var pattern: String {
        get { target.pattern }
        set { target = Glob(newValue) }
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
