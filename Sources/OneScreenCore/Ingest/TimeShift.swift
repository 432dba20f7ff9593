/// Moves every time and date of an ingest by a fixed amount. The demo uses it so that the sample timeline
/// ends now, whenever someone runs it, instead of looking stale and overdue everywhere.
public struct TimeShift: Sendable, Equatable {
    public var seconds: Int64
    /// Dates move by whole days so that a due date stays a date.
    public var days: Int

    public static let none = TimeShift(seconds: 0, days: 0)

    public init(seconds: Int64, days: Int) { self.seconds = seconds; self.days = days }

    /// The shift that moves `from` to `to`, with dates moved by the number of calendar days between them.
    public init(from: Instant, to: Instant, utcOffset: Int) {
        seconds = (to.millis - from.millis) / 1000
        days = to.day(utcOffset: utcOffset).days(since: from.day(utcOffset: utcOffset))
    }
}
