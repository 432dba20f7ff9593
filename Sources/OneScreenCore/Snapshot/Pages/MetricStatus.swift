/// One series on the quality page: its latest value against the tightest band that applies, the hourly average over
/// the last 24 h, and the share of those readings inside the band.
public struct MetricStatus: Sendable, Equatable, Codable {
    public var metric: String
    /// The standard's name (e.g. 冷藏车厢温度), or the metric id when no standard names it.
    public var name: String
    public var stage: Stage
    public var site: String
    public var unit: String
    public var value: Double?
    public var min: Double?
    public var max: Double?
    /// Oldest hour first; nil for an hour without readings.
    public var hourly: [Double?]
    public var compliance: QualityOverview.Compliance

    public init(metric: String, name: String, stage: Stage, site: String, unit: String, value: Double?, min: Double?,
                max: Double?, hourly: [Double?], compliance: QualityOverview.Compliance) {
        self.metric = metric
        self.name = name
        self.stage = stage
        self.site = site
        self.unit = unit
        self.value = value
        self.min = min
        self.max = max
        self.hourly = hourly
        self.compliance = compliance
    }

    /// Whether the latest value is inside the band (true when there is no value to judge).
    public var isInside: Bool {
        guard let value else { return true }
        return (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true)
    }
}
