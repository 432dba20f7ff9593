/// The quality page: every series (metric at a site) with its band and last 24 h, and the lots that can be traced.
public struct QualitySnapshot: Sendable, Equatable, Codable {
    public var metrics: [MetricStatus]
    public var lots: [LotSummary]
    /// Compliance by stage and group of sites, made before masking: what a viewer who may not see sites is shown.
    public var groups: [ComplianceGroup]

    public init(metrics: [MetricStatus], lots: [LotSummary], groups: [ComplianceGroup]? = nil) {
        self.metrics = metrics
        self.lots = lots
        self.groups = groups ?? ComplianceGroup.groups(metrics)
    }
}
