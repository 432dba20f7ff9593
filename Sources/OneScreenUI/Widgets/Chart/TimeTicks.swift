import OneScreenCore

/// The x axis's labels: round local times (`02:00 04:00`, `11-28 11-29`, `2026-12`), as close together as their text
/// allows at this width. A label at midnight names the day instead of `00:00`, and a date label names the year when
/// the range crosses into another one.
struct TimeTicks {
    struct Tick: Equatable {
        let time: Instant
        let text: String
    }

    let ticks: [Tick]

    /// Fixed steps, finest first, in seconds; calendar months follow them.
    static let steps: [Int64] = [
        60, 120, 300, 600, 900, 1_800, 3_600, 2 * 3_600, 3 * 3_600, 6 * 3_600, 12 * 3_600,
        86_400, 2 * 86_400, 7 * 86_400, 14 * 86_400,
    ]
    static let monthSteps = [1, 2, 3, 6, 12]
    /// Columns kept blank between two labels, so they read as two.
    static let gap = 2

    /// - Parameters:
    ///   - columns: the width the range is drawn over.
    init(from: Instant, through: Instant, columns: Int, utcOffset: Int) {
        let span = Double(max(1, through.millis - from.millis))
        let crossesYear = from.day(utcOffset: utcOffset).components.year != through.day(utcOffset: utcOffset).components.year
        // Widths are known before any label is made: `02:00` and `11-28` are five columns, with the year ten.
        let width = crossesYear ? Self.yearDateWidth : Self.clockWidth
        // The room between two labels is a step's share of the columns.
        func room(_ millis: Int64) -> Double { Double(columns) * Double(millis) / span }
        if let step = Self.steps.first(where: { room($0 * 1000) >= Double(width + Self.gap) }) {
            ticks = Self.label(Self.times(from: from, through: through, step: step * 1000, utcOffset: utcOffset),
                               step: step, utcOffset: utcOffset, crossesYear: crossesYear)
        } else if let months = Self.monthSteps.first(where: { room(Int64($0) * 30 * 86_400_000) >= Double(Self.monthWidth + Self.gap) }) {
            ticks = Self.monthTicks(from: from, through: through, every: months, utcOffset: utcOffset)
        } else {
            ticks = []
        }
    }

    static let clockWidth = 5
    static let yearDateWidth = 10
    static let monthWidth = 7

    /// Every multiple of `step` (local time) in (from, through].
    private static func times(from: Instant, through: Instant, step: Int64, utcOffset: Int) -> [Instant] {
        let offset = Int64(utcOffset) * 1000
        var time = ((from.millis + offset) / step + 1) * step - offset
        var times: [Instant] = []
        while time <= through.millis {
            times.append(Instant(millis: time))
            time += step
        }
        return times
    }

    private static func label(_ times: [Instant], step: Int64, utcOffset: Int, crossesYear: Bool) -> [Tick] {
        var lastYear: Int?
        return times.map { time in
            let day = time.day(utcOffset: utcOffset)
            let (year, month, dayOfMonth) = day.components
            let isMidnight = time.millis == day.start(utcOffset: utcOffset).millis
            guard step >= 86_400 || isMidnight else { return Tick(time: time, text: clock(time, utcOffset: utcOffset)) }
            let date = pad2(month) + "-" + pad2(dayOfMonth)
            defer { lastYear = year }
            let namesYear = crossesYear && lastYear != year
            return Tick(time: time, text: namesYear ? "\(year)-" + date : date)
        }
    }

    /// The first of every `months`-th month in (from, through], as `2026-12`.
    private static func monthTicks(from: Instant, through: Instant, every months: Int, utcOffset: Int) -> [Tick] {
        var (year, month, _) = from.day(utcOffset: utcOffset).components
        var ticks: [Tick] = []
        while true {
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
            guard (month - 1) % months == 0, let first = CalendarDay(year: year, month: month, day: 1) else { continue }
            let time = first.start(utcOffset: utcOffset)
            if time > through { break }
            ticks.append(Tick(time: time, text: "\(year)-" + pad2(month)))
        }
        return ticks
    }

    private static func clock(_ time: Instant, utcOffset: Int) -> String {
        let seconds = Int(floorDivide(time.millis, 1000)) + utcOffset
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        return pad2(ofDay / 3600) + ":" + pad2(ofDay / 60 % 60)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }

    private static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
