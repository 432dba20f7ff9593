/// A field value as the generator writes it, typed so that JSON and CSV can each spell it their way.
enum WrittenValue: Sendable {
    case text(String)
    /// Written in the shortest form that reads back as the same double, without a trailing `.0`.
    case number(Double)
    case integer(Int)
    /// RFC 3339 with `+08:00`, the sample data's one offset.
    case time(Instant)
    case day(CalendarDay)
}
