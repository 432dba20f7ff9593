/// A metric rising by more than `rise`, or falling by more than `fall`, within `within`: a compressor failing
/// shows as a fast climb long before the value leaves its band.
public struct RateCondition: Sendable, Hashable {
    public var metric: Glob
    public var site: Glob
    public var stage: Stage?
    public var rise: Double?
    public var fall: Double?
    public var within: Duration
    public var hold: Duration

    public init(
        metric: Glob, site: Glob = .any, stage: Stage? = nil, rise: Double?, fall: Double?, within: Duration,
        hold: Duration = .zero
    ) {
        self.metric = metric
        self.site = site
        self.stage = stage
        self.rise = rise
        self.fall = fall
        self.within = within
        self.hold = hold
    }
}

extension RateCondition: TimelineCondition {
    var context: Duration { within }

    func reads(metric: String) -> Bool { self.metric.matches(metric) }

    func subjects(touching series: SeriesInfo, in catalog: SeriesCatalog) -> [TimelineSubject] {
        guard metric.matches(series.metric), site.matches(series.site), stage == nil || stage == series.stage else { return [] }
        return [TimelineSubject(subject: series.subject, inputs: [series], site: series.site)]
    }

    /// Compares each reading with the lowest and highest of the readings in the window before it, kept in two
    /// monotonic queues so a dense series costs linear time.
    func judge(_ inputs: [[SeriesPoint]], from: Int64, to: Int64) -> [JudgedPoint] {
        let points = inputs[0]
        var judged: [JudgedPoint] = []
        var lows: [Int] = [], highs: [Int] = []
        var lowHead = 0, highHead = 0
        for (index, point) in points.enumerated() {
            let windowStart = point.time - within.milliseconds
            while lowHead < lows.count && points[lows[lowHead]].time < windowStart { lowHead += 1 }
            while highHead < highs.count && points[highs[highHead]].time < windowStart { highHead += 1 }
            if point.time >= from && point.time <= to {
                let lowest = lowHead < lows.count ? points[lows[lowHead]].value : point.value
                let highest = highHead < highs.count ? points[highs[highHead]].value : point.value
                let risen = point.value - lowest, fallen = highest - point.value
                let riseExcess = rise.map { risen - $0 } ?? -.infinity
                let fallExcess = fall.map { fallen - $0 } ?? -.infinity
                let excess = Swift.max(riseExcess, fallExcess)
                let change = riseExcess >= fallExcess ? risen : -fallen
                judged.append(JudgedPoint(time: point.time, violating: excess > 0, excess: Swift.max(excess, 0), values: [change, point.value]))
            }
            while lows.count > lowHead && points[lows[lows.count - 1]].value >= point.value { lows.removeLast() }
            lows.append(index)
            while highs.count > highHead && points[highs[highs.count - 1]].value <= point.value { highs.removeLast() }
            highs.append(index)
        }
        return judged
    }

    func messageValues(_ subject: TimelineSubject, peak: JudgedPoint) -> [String: String] {
        let series = subject.inputs[0]
        let change = peak.values[0]
        return [
            "site": series.site, "metric": series.metric, "unit": series.unit,
            "change": (change > 0 ? "+" : "") + MessageTemplate.number(change), "value": MessageTemplate.number(peak.values[1]),
            "within": within.configText,
        ]
    }
}
