/// Several metrics at one site all past their limits at the same moment, for longer than `hold`: truck
/// temperature high AND door open is a door left ajar, not a warm probe. At each reading of any of the site's
/// metrics, every term is judged on its metric's latest reading so far (a door sensor reports on change).
public struct CombinationCondition: Sendable, Hashable {
    public var site: Glob
    public var terms: [MetricTest]
    public var hold: Duration

    public init(site: Glob = .any, terms: [MetricTest], hold: Duration) {
        self.site = site
        self.terms = terms
        self.hold = hold
    }
}

extension CombinationCondition: TimelineCondition {
    var context: Duration { .zero }

    /// A site is a subject when it has a series for every term; a site without a door sensor cannot be judged.
    func reads(metric: String) -> Bool { terms.contains { $0.metric == metric } }

    func subjects(touching series: SeriesInfo, in catalog: SeriesCatalog) -> [TimelineSubject] {
        guard site.matches(series.site), terms.contains(where: { $0.metric == series.metric }) else { return [] }
        let inputs = terms.compactMap { catalog.series(metric: $0.metric, site: series.site) }
        guard inputs.count == terms.count else { return [] }
        return [TimelineSubject(subject: series.site, inputs: inputs, site: series.site)]
    }

    func judge(_ inputs: [[SeriesPoint]], from: Int64, to: Int64) -> [JudgedPoint] {
        var next = Array(repeating: 0, count: inputs.count)
        var latest: [Double?] = Array(repeating: nil, count: inputs.count)
        var judged: [JudgedPoint] = []
        while true {
            // The earliest unread time over all inputs; every input at that time moves together.
            var time = Int64.max
            for (i, points) in inputs.enumerated() where next[i] < points.count { time = min(time, points[next[i]].time) }
            guard time != .max, time <= to else { break }
            for (i, points) in inputs.enumerated() where next[i] < points.count && points[next[i]].time == time {
                latest[i] = points[next[i]].value
                next[i] += 1
            }
            guard time >= from else { continue }
            let values = latest.compactMap { $0 }
            guard values.count == terms.count else { continue }
            let excesses = zip(terms, values).map { $0.excess($1) }
            let violating = excesses.allSatisfy { $0 > 0 }
            judged.append(JudgedPoint(time: time, violating: violating, excess: violating ? excesses[0] : 0, values: values))
        }
        return judged
    }

    func messageValues(_ subject: TimelineSubject, peak: JudgedPoint) -> [String: String] {
        let values = zip(terms, peak.values).map { "\($0.metric) \(MessageTemplate.number($1))" }
        return ["site": subject.site, "values": values.joined(separator: ", ")]
    }
}
