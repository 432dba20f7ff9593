/// One call of `DataService`, as it crosses the socket.
public enum ServiceRequest: Sendable, Equatable, Codable {
    case page(PageRequest, at: Instant, utcOffset: Int, window: TimeRange)
    case alerts(AlertFilter)
    case acknowledge(alert: Int64, note: String?)
    case silence(SilenceRequest)
    case unacknowledge(alert: Int64)
    case silences
    case unsilence(Int64)
    case audit(since: Instant?)
    case sources
    case status
    case prune(vacuum: Bool)
    case jumpIndex

    /// The call on `service` (the server's embedded service for the peer), its answer or its refusal as a reply.
    func perform(on service: any DataService) -> ServiceReply {
        do throws(ServiceError) {
            switch self {
            case .page(let request, let now, let offset, let window):
                return .page(try service.page(request, at: now, utcOffset: offset, window: window))
            case .alerts(let filter): return .alerts(try service.alerts(filter))
            case .acknowledge(let id, let note): return .acknowledged(try service.acknowledge(alert: id, note: note))
            case .silence(let request): return .silenced(try service.silence(request))
            case .unacknowledge(let id): return .unacknowledged(try service.unacknowledge(alert: id))
            case .silences: return .silences(try service.silences())
            case .unsilence(let id): return .unsilenced(try service.unsilence(id))
            case .audit(let since): return .audit(try service.audit(since: since))
            case .sources: return .sources(try service.sources())
            case .status: return .status(try service.status())
            case .prune(let vacuum): return .pruned(try service.prune(vacuum: vacuum))
            case .jumpIndex: return .jumpIndex(try service.jumpIndex())
            }
        } catch {
            return .error(error)
        }
    }
}
