/// The quality page: every series (metric at a site) with its band and last 24 h, and the lots that can be traced.
public struct QualitySnapshot: Sendable, Equatable, Codable {
    public var metrics: [MetricStatus]
    public var lots: [LotSummary]

    public init(metrics: [MetricStatus], lots: [LotSummary]) {
        self.metrics = metrics
        self.lots = lots
    }
}
