/// The answer to one `ServiceRequest`.
public enum ServiceReply: Sendable, Equatable, Codable {
    case page(PageSnapshot)
    case alerts([AlertRecord])
    case acknowledged(AlertRecord)
    case silenced(SilenceOutcome)
    case unacknowledged(AlertRecord)
    case silences([Silence])
    case unsilenced(Silence)
    case audit([AuditEntry])
    case sources(SourcesReport)
    case status(StoreStatus)
    case pruned(PruneReport)
    case jumpIndex(JumpIndex)
    case error(ServiceError)
}
