/// One row of the audit trail: who did or saw what, as which role, when.
public struct AuditEntry: Sendable, Equatable, Codable {
    public var id: Int64?
    public var at: Instant
    /// The OS user (the SSH user on a shared server).
    public var user: String
    public var role: String
    /// What happened: `view`, `acknowledge`, `silence`, `config_reload`, …
    public var action: String
    /// What it happened to: a record id, an alert id, a config path.
    public var subject: String
    public var detail: String?

    public init(id: Int64? = nil, at: Instant, user: String, role: String, action: String, subject: String, detail: String? = nil) {
        self.id = id
        self.at = at
        self.user = user
        self.role = role
        self.action = action
        self.subject = subject
        self.detail = detail
    }
}
