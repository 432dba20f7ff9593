/// What a committed batch changed, as far as rules care: the time range and the lowest and highest value of the
/// readings per series, the metrics that got a new standard, and which record types arrived.
struct BatchScope: Sendable {
    /// One series' readings in the batch.
    struct Readings: Sendable {
        private(set) var earliest = Int64.max, latest = Int64.min
        private(set) var lowest = Double.infinity, highest = -Double.infinity

        var times: ClosedRange<Int64> { earliest...latest }
        /// Lowest to highest: a band rule need not walk a series whose new readings all lie inside its band and
        /// that has no alert to resolve or retract.
        var values: ClosedRange<Double> { lowest...highest }

        mutating func add(time: Int64, value: Double) {
            earliest = min(earliest, time)
            latest = max(latest, time)
            lowest = min(lowest, value)
            highest = max(highest, value)
        }
    }

    /// One entry per series, updated in place: a batch has 20,000 readings, and each lookup hashes two names.
    private(set) var readings: [SeriesName: Readings] = [:]
    private(set) var standardMetrics: Set<String> = []
    private(set) var types: Set<RecordType> = []

    init(_ records: [Record]) {
        // A large feed has about one reading per series in a batch: growing the table step by step rehashes it.
        readings.reserveCapacity(records.count)
        for record in records {
            types.insert(record.type)
            switch record {
            case .reading(let r):
                readings[SeriesName(metric: r.metric, site: r.site), default: Readings()].add(time: r.time.millis, value: r.value)
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
