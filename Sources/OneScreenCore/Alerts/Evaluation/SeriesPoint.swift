/// One stored reading of a series: event time in epoch milliseconds and the value.
struct SeriesPoint: Sendable, Equatable {
    var time: Int64
    var value: Double
}
