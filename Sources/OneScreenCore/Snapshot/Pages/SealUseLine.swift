/// One seal use of a contract. Used or approved with nobody approving is the compliance risk.
public struct SealUseLine: Sendable, Equatable, Codable {
    public var id: String
    public var seal: SealKind
    public var requestedBy: String
    public var approvedBy: String?
    public var time: Instant
    public var status: SealUseStatus

    public init(id: String, seal: SealKind, requestedBy: String, approvedBy: String?, time: Instant, status: SealUseStatus) {
        self.id = id
        self.seal = seal
        self.requestedBy = requestedBy
        self.approvedBy = approvedBy
        self.time = time
        self.status = status
    }

    public var isUnapproved: Bool { approvedBy == nil && (status == .used || status == .approved) }
}
