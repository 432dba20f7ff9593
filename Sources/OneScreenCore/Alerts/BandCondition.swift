/// Readings outside `min...max` for longer than `hold`: a quality standard, or a configured threshold on a
/// metric or pattern. Each matching series is its own subject.
public struct BandCondition: Sendable, Hashable {
    public var metric: Glob
    public var site: Glob
    /// Only series of this stage; nil for any.
    public var stage: Stage?
    public var min: Double?
    public var max: Double?
    public var hold: Duration

    public init(metric: Glob, site: Glob = .any, stage: Stage? = nil, min: Double? = nil, max: Double? = nil, hold: Duration) {
        self.metric = metric
        self.site = site
        self.stage = stage
        self.min = min
        self.max = max
        self.hold = hold
    }

    /// How far `value` is outside the band; 0 inside.
    func excess(_ value: Double) -> Double {
        Swift.max(min.map { $0 - value } ?? 0, max.map { value - $0 } ?? 0, 0)
    }

    /// The band as a message shows it: `0…4`, `≤ 4`, `≥ 18`.
    var bandText: String {
        switch (min, max) {
        case let (lo?, hi?): "\(MessageTemplate.number(lo))…\(MessageTemplate.number(hi))"
        case let (nil, hi?): "≤ \(MessageTemplate.number(hi))"
        case let (lo?, nil): "≥ \(MessageTemplate.number(lo))"
        case (nil, nil): "any"
        }
    }
}

extension BandCondition: TimelineCondition {
    var context: Duration { .zero }

    var band: (min: Double?, max: Double?)? { (min, max) }

    func reads(metric: String) -> Bool { self.metric.matches(metric) }

    func subjects(touching series: SeriesInfo, in catalog: SeriesCatalog) -> [TimelineSubject] {
        guard metric.matches(series.metric), site.matches(series.site), stage == nil || stage == series.stage else { return [] }
        return [TimelineSubject(subject: series.subject, inputs: [series], site: series.site)]
    }

    func isQuiet(_ series: SeriesInfo, values: ClosedRange<Double>) -> Bool {
        excess(values.lowerBound) == 0 && excess(values.upperBound) == 0
    }

    func judge(_ inputs: [[SeriesPoint]], from: Int64, to: Int64) -> [JudgedPoint] {
        inputs[0].compactMap { point in
            guard point.time >= from, point.time <= to else { return nil }
            let excess = excess(point.value)
            return JudgedPoint(time: point.time, violating: excess > 0, excess: excess, values: [point.value])
        }
    }

    func messageValues(_ subject: TimelineSubject, peak: JudgedPoint) -> [String: String] {
        let series = subject.inputs[0]
        return [
            "site": series.site, "metric": series.metric, "unit": series.unit,
            "value": MessageTemplate.number(peak.values[0]), "band": bandText,
            "min": min.map(MessageTemplate.number) ?? "", "max": max.map(MessageTemplate.number) ?? "",
        ]
    }
}
