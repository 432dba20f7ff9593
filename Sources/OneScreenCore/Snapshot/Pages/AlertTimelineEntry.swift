/// One event in an alert's life, from the alert record and the audit trail.
public struct AlertTimelineEntry: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// The first out-of-band reading, or the first day a business rule found the problem.
        case raised
        /// A reading rule's hold ran out: from here the alert is announced.
        case fired
        case acknowledged
        /// Someone muted the notifications of the alert's rule or subject (`target`) until `until`.
        case silenced
        case resolved
    }

    public var kind: Kind
    public var at: Instant
    /// Who acknowledged or silenced, and as which role.
    public var user: String?
    public var role: String?
    /// The acknowledgement's or the silence's note.
    public var note: String?
    /// What a silence names: the rule, the subject or a pattern of either.
    public var target: String?
    public var until: Instant?

    public init(kind: Kind, at: Instant, user: String? = nil, role: String? = nil, note: String? = nil,
                target: String? = nil, until: Instant? = nil) {
        self.kind = kind
        self.at = at
        self.user = user
        self.role = role
        self.note = note
        self.target = target
        self.until = until
    }
}
