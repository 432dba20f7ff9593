/// The marketing cockpit (营销数据驾驶舱): the eight core metrics, in `CockpitMetricKind` order.
public struct MarketingSnapshot: Sendable, Equatable, Codable {
    public var metrics: [CockpitMetric]

    public init(metrics: [CockpitMetric]) {
        self.metrics = metrics
    }
}
