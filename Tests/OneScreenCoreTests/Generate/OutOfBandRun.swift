import OneScreenCore

/// A stretch of consecutive out-of-band readings of one series, as an alert engine judging event time sees it:
/// from the first reading outside the band to the first one back inside (nil while still outside at the last).
struct OutOfBandRun: Equatable {
    let start: Int64
    let end: Int64?
    let readings: Int
    /// Seconds outside the band; an open run counts up to the series' last reading.
    let duration: Int64

    /// The runs of a series, readings given in time order.
    static func runs(_ readings: [(time: Int64, value: Double)], standard: Standard) -> [OutOfBandRun] {
        var runs: [OutOfBandRun] = []
        var start: Int64?
        var count = 0
        for reading in readings {
            if standard.contains(reading.value) {
                if let first = start {
                    runs.append(OutOfBandRun(start: first, end: reading.time, readings: count, duration: reading.time - first))
                    start = nil
                }
            } else {
                if start == nil {
                    start = reading.time
                    count = 0
                }
                count += 1
            }
        }
        if let first = start, let last = readings.last {
            runs.append(OutOfBandRun(start: first, end: nil, readings: count, duration: last.time - first))
        }
        return runs
    }
}
