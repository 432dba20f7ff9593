/// Civil time in China Standard Time (UTC+08:00, no daylight saving), done by hand.
///
/// The sample data speaks one offset only, so converting is integer arithmetic (Howard Hinnant's `days_from_civil`
/// and `civil_from_days`) — fast enough for the reading loop and free of Foundation's calendar and locale.
/// "Day" below always means a local day number: days since 1970-01-01 in +08:00.
enum SampleCalendar {
    static let offset: Int64 = 8 * 3600
    static let day: Int64 = 86_400
    static let hour: Int64 = 3600
    static let minute: Int64 = 60

    /// Local day number of an instant.
    @inline(__always)
    static func dayNumber(_ epoch: Int64) -> Int64 {
        floorDiv(epoch + offset, day)
    }

    /// Seconds since local midnight.
    @inline(__always)
    static func secondOfDay(_ epoch: Int64) -> Int64 {
        epoch + offset - dayNumber(epoch) * day
    }

    /// The instant of local midnight starting the given day.
    static func midnight(_ dayNumber: Int64) -> Int64 {
        dayNumber * day - offset
    }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    static func weekday(dayNumber: Int64) -> Int {
        Int(floorMod(dayNumber + 3, 7))
    }

    static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = floorDiv(y, 400)
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(_ dayNumber: Int64) -> (year: Int, month: Int, day: Int) {
        CalendarDay(daysSinceEpoch: Int32(dayNumber)).components
    }

    /// `YYYYMMDD`, as used inside lot and order ids.
    static func compactDate(_ dayNumber: Int64) -> String {
        let (y, m, d) = civil(dayNumber)
        return String(y) + pad2(m) + pad2(d)
    }

    static func pad2(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }

    /// At least four digits, for sequence numbers inside ids (`0042`).
    static func pad4(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    @inline(__always)
    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    @inline(__always)
    static func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
        a - floorDiv(a, b) * b
    }
}
