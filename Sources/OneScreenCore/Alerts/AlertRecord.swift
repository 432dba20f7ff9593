/// One alert as the store keeps it: a problem (its fingerprint) over one stretch of time, from the first
/// reading or finding that showed it to its resolution. Resolved alerts stay as history.
public struct AlertRecord: Sendable, Equatable, Codable {
    public var id: Int64
    /// Rule name and subject: the identity of "the same problem", so it is one alert however often it is seen.
    public var fingerprint: String
    public var rule: String
    public var level: AlertLevel
    public var state: AlertState
    public var subject: String
    public var message: String
    /// When the problem was first seen; for reading rules the time of the first out-of-band reading.
    public var firstSeen: Instant
    /// When it was last seen; for reading rules the time of the latest out-of-band reading.
    public var lastSeen: Instant
    /// How many times it was seen: out-of-band readings for reading rules, reappearances for store rules.
    public var count: Int
    public var ackedBy: String?
    public var ackedAt: Instant?
    public var ackNote: String?
    public var resolvedAt: Instant?
    /// JSON with what the rule found (peak value, when it fired, the values of each condition).
    public var detail: String?
    /// When a store rule first found its problem gone; nil while it is present.
    public var clearingSince: Instant?
    /// What `message` was rendered from when the rule used its default template, so a viewer reads it in their own
    /// language; nil for a configured template (the user's own words, shown as written) and older alerts.
    public var defaultMessage: DefaultMessage?

    public init(
        id: Int64 = 0, fingerprint: String, rule: String, level: AlertLevel, state: AlertState, subject: String,
        message: String, firstSeen: Instant, lastSeen: Instant, count: Int = 1, ackedBy: String? = nil,
        ackedAt: Instant? = nil, ackNote: String? = nil, resolvedAt: Instant? = nil, detail: String? = nil,
        clearingSince: Instant? = nil, defaultMessage: DefaultMessage? = nil
    ) {
        self.id = id
        self.fingerprint = fingerprint
        self.rule = rule
        self.level = level
        self.state = state
        self.subject = subject
        self.message = message
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.count = count
        self.ackedBy = ackedBy
        self.ackedAt = ackedAt
        self.ackNote = ackNote
        self.resolvedAt = resolvedAt
        self.detail = detail
        self.clearingSince = clearingSince
        self.defaultMessage = defaultMessage
    }

    /// The fingerprint of a rule's problem with a subject.
    public static func fingerprint(rule: String, subject: String) -> String { rule + "|" + subject }

    public var isAcknowledged: Bool { state == .acknowledged }
}
