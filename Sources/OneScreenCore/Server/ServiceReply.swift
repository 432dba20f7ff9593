/// The answer to one `ServiceRequest`.
public enum ServiceReply: Sendable, Equatable, Codable {
    case page(PageSnapshot)
    case alerts([AlertRecord])
    case acknowledged(AlertRecord)
    case silenced(SilenceOutcome)
    case audit([AuditEntry])
    case sources(SourcesReport)
    case status(StoreStatus)
    case pruned(PruneReport)
    case error(ServiceError)
}
