import OneScreenCore

/// Numbers, amounts, durations and dates as each language writes them, built from integers (no Foundation formatter,
/// no locale lookup) so the same snapshot always prints the same text and tests can pin it down.
public struct DisplayFormat: Sendable, Hashable {
    public let language: Language
    /// The day the screen looks from: a date in another year shows its year. Nil prints days without one.
    public let today: CalendarDay?

    public init(_ language: Language, today: CalendarDay? = nil) {
        self.language = language
        self.today = today
    }

    /// `12,345`: digit groups of three in both languages, as Chinese business reports print counts too.
    public func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.utf8.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// `0.973` → `97.3%`; `nil` (nothing to judge) → `-`, never a made-up 0%.
    public func percent(_ ratio: Double?) -> String {
        guard let ratio, ratio.isFinite else { return Self.missing }
        return Self.fixed(ratio * 100, decimals: 1) + "%"
    }

    /// A money amount in yuan, short enough for a table column: Chinese counts in 万 (10⁴) and 亿 (10⁸), English in
    /// k, M, B. One decimal once a unit applies (`1234.5万`, `3.2亿`, `12.3M`), whole units below it (`8500`).
    public func amount(_ value: Double) -> String {
        guard value.isFinite else { return Self.missing }
        let units: [(size: Double, suffix: String)] = language == .zh
            ? [(1e8, "亿"), (1e4, "万")]
            : [(1e9, "B"), (1e6, "M"), (1e3, "k")]
        let magnitude = value.magnitude
        guard var index = units.firstIndex(where: { magnitude >= $0.size }) else {
            return Self.fixed(value, decimals: 0)
        }
        func scaled(_ index: Int) -> Double { (magnitude / units[index].size * 10).rounded() / 10 }
        // Rounding may reach the next unit: 99,999,999 reads 1.0亿, never 10000.0万.
        if index > 0, scaled(index) * units[index].size >= units[index - 1].size { index -= 1 }
        return (value < 0 ? "-" : "") + Self.fixed(scaled(index), decimals: 1) + units[index].suffix
    }

    /// A reading as sensors give it: two decimals at most and no trailing zeros (`2.45`, `8.6`, `2500`, `-18`), so a
    /// band of 2.45–2.55 kg never reads as 2.5–2.6.
    public func measure(_ value: Double) -> String {
        guard value.isFinite else { return Self.missing }
        guard value.magnitude * 100 < Self.exactLimit else { return Self.fixed(value, decimals: 0) }
        let hundredths = Int((value.magnitude * 100).rounded())
        let decimals = hundredths % 100 == 0 ? 0 : hundredths % 10 == 0 ? 1 : 2
        return Self.fixed(value, decimals: decimals)
    }

    /// A standard's band: `0–4`, or `≤4` / `≥60` when one side is open, with the glyph set's signs.
    public func band(min: Double?, max: Double?, glyphs: Glyphs) -> String {
        switch (min, max) {
        case let (low?, high?): measure(low) + glyphs.rangeSeparator + measure(high)
        case let (low?, nil): glyphs.atLeast + measure(low)
        case let (nil, high?): glyphs.atMost + measure(high)
        case (nil, nil): Self.missing
        }
    }

    /// How long something has lasted, to the two largest units: `3h12m` / `3小时12分`, `2d4h` / `2天4小时`,
    /// `45s` / `45秒`. Negative durations (a clock running behind) read as zero.
    public func duration(seconds: Double) -> String {
        let total = seconds.isFinite ? Int(min(max(0, seconds), Self.exactLimit)) : 0
        let (days, hours, minutes) = (total / 86_400, total / 3600 % 24, total / 60 % 60)
        let words = language == .zh ? ("天", "小时", "分", "秒") : ("d", "h", "m", "s")
        if days > 0 { return "\(days)\(words.0)" + (hours > 0 ? "\(hours)\(words.1)" : "") }
        if hours > 0 { return "\(hours)\(words.1)" + (minutes > 0 ? "\(minutes)\(words.2)" : "") }
        if minutes > 0 { return "\(minutes)\(words.2)" }
        return "\(total)\(words.3)"
    }

    /// A day: `11月23日` / `Nov 23` within the year of `today`, `2027年1月5日` / `Jan 5 2027` in another, so a
    /// milestone of next year never passes for one of this year.
    public func date(_ day: CalendarDay) -> String {
        let (year, month, dayOfMonth) = day.components
        let showsYear = today.map { $0.components.year != year } ?? false
        switch language {
        case .zh: return (showsYear ? "\(year)年" : "") + "\(month)月\(dayOfMonth)日"
        case .en: return "\(Self.monthNames[month - 1]) \(dayOfMonth)" + (showsYear ? " \(year)" : "")
        }
    }

    /// `2026-11-23 08:05`, the header clock: ISO order reads the same in both languages.
    public func dateTime(_ instant: Instant, utcOffset: Int) -> String {
        "\(instant.day(utcOffset: utcOffset)) \(clock(instant, utcOffset: utcOffset))"
    }

    /// `11月23日 08:05` / `Nov 23 08:05`: an instant in a table or a sentence.
    public func when(_ instant: Instant, utcOffset: Int) -> String {
        date(instant.day(utcOffset: utcOffset)) + " " + clock(instant, utcOffset: utcOffset)
    }

    /// `08:05` at `utcOffset` seconds east of UTC.
    public func clock(_ instant: Instant, utcOffset: Int) -> String {
        // Rounded down, not towards zero, so instants before 1970 still fall in the right second.
        let seconds = Int((Double(instant.millis) / 1000).rounded(.down)) + utcOffset
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        return Self.twoDigits(ofDay / 3600) + ":" + Self.twoDigits(ofDay / 60 % 60)
    }

    /// What a figure shows when there is none.
    public static let missing = "-"

    /// `1.2e+17`: two significant digits, what a table column has room for, built without Foundation. Only reached
    /// past `exactLimit`, so the power is always positive.
    private static func exponent(_ value: Double) -> String {
        var mantissa = value.magnitude
        var power = 0
        while mantissa >= 10 { mantissa /= 10; power += 1 }
        var tenths = Int((mantissa * 10).rounded())
        if tenths >= 100 { tenths /= 10; power += 1 }
        return (value < 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)e+\(power)"
    }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// Below this a Double holds every whole number exactly (2^53 ≈ 9.007e15), so digits printed from an integer
    /// are the value's own. Ingest keeps figures within ±1e15 (`IngestLimits.maxMagnitude`), but sums of many
    /// figures, and rows stored before that limit, can pass it: those print in exponent form instead of trapping
    /// in an integer conversion.
    static let exactLimit = 9.0e15

    /// `value` rounded half away from zero to `decimals` places, with no `-0`; beyond `exactLimit`, `1.2e+17`.
    private static func fixed(_ value: Double, decimals: Int) -> String {
        var factor = 1
        for _ in 0..<decimals { factor *= 10 }
        guard value.isFinite else { return missing }
        guard value.magnitude * Double(factor) < exactLimit else { return exponent(value) }
        let scaled = Int((value.magnitude * Double(factor)).rounded())
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard decimals > 0 else { return sign + "\(scaled)" }
        let fraction = String(scaled % factor)
        return sign + "\(scaled / factor)." + String(repeating: "0", count: decimals - fraction.utf8.count) + fraction
    }
}
