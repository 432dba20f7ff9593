/// What a committed batch changed, as far as rules care: the time range of readings per series, the metrics
/// that got a new standard, and which record types arrived.
struct BatchScope: Sendable {
    struct SeriesKey: Hashable, Sendable {
        var metric: String
        var site: String
    }

    private(set) var readings: [SeriesKey: ClosedRange<Int64>] = [:]
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
