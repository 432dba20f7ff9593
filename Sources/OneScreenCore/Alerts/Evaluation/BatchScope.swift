/// What a committed batch changed, as far as rules care: the time range and the lowest and highest value of the
/// readings per series, the metrics that got a new standard, and which record types arrived.
struct BatchScope: Sendable {
    struct SeriesKey: Hashable, Sendable {
        var metric: String
        var site: String
    }

    private(set) var readings: [SeriesKey: ClosedRange<Int64>] = [:]
    /// The values of each series' readings in the batch, lowest to highest: a band rule need not walk a series
    /// whose new readings all lie inside its band and that has no alert to resolve or retract.
    private(set) var values: [SeriesKey: ClosedRange<Double>] = [:]
    private(set) var standardMetrics: Set<String> = []
    private(set) var types: Set<RecordType> = []

    init(_ records: [Record]) {
        for record in records {
            types.insert(record.type)
            switch record {
            case .reading(let r):
                let key = SeriesKey(metric: r.metric, site: r.site)
                let t = r.time.millis
                readings[key] = readings[key].map { min($0.lowerBound, t)...max($0.upperBound, t) } ?? t...t
                let v = r.value
                values[key] = values[key].map { min($0.lowerBound, v)...max($0.upperBound, v) } ?? v...v
            case .standard(let s):
                standardMetrics.insert(s.metric)
            default:
                break
            }
        }
    }
}

extension ClosedRange where Bound == Int64 {
    /// The smallest range covering both.
    func joined(_ other: ClosedRange<Int64>?) -> ClosedRange<Int64> {
        guard let other else { return self }
        return Swift.min(lowerBound, other.lowerBound)...Swift.max(upperBound, other.upperBound)
    }
}
