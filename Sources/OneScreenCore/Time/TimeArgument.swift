/// Times typed on the command line (`snapshot --at`, `audit --since`): one checked parser, so a huge number or a
/// stray word is a usage error naming what is accepted, never an overflow.
public enum TimeArgument {
    /// What RFC 3339 can write: years 0001 to 9999. A time outside is a typo, and inside it every instant plus
    /// the longest duration stays far within Int64 milliseconds.
    static let earliestSeconds: Int64 = -62_135_596_800
    static let latestSeconds: Int64 = 253_402_300_799

    public static let accepted = "RFC 3339 with an offset (2026-11-23T08:00:00+08:00), a date (2026-12-01) or epoch seconds"

    /// An RFC 3339 time, epoch seconds, or a date (`2026-12-01`, its midnight at `utcOffset` seconds east of UTC).
    public static func instant(_ text: String, utcOffset: Int) -> Instant? {
        let trimmed = String(text.trimmingSpaces)
        if let instant = TimestampParser.parse(trimmed) { return instant }
        if let day = CalendarDay(trimmed) { return day.start(utcOffset: utcOffset) }
        // Digits only (an optional sign): Int64 refuses what does not fit, the range what no calendar shows.
        guard let seconds = Int64(trimmed), (earliestSeconds...latestSeconds).contains(seconds) else { return nil }
        return Instant(seconds: seconds)
    }

    /// Like `instant`, or an age before `now` written as a duration (`90m`, `24h`, `7d`).
    public static func instantOrAge(_ text: String, now: Instant, utcOffset: Int) -> Instant? {
        if let instant = instant(text, utcOffset: utcOffset) { return instant }
        guard let age = ConfigDuration.parse(text) else { return nil }
        return now - age
    }
}
