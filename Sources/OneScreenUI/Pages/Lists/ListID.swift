/// The lists that filter and sort, by a name that stays the same between versions (sorts are saved under it).
public enum ListID: String, Sendable, Hashable, Codable, CaseIterable {
    case qualityMetrics = "quality.metrics"
    case qualityLots = "quality.lots"
    case customers, contracts, alerts, sources
}
