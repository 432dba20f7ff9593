/// A length of time as people write it in config files and on the command line: `90s`, `5m`, `2h`, `7d`, or
/// combined (`1h30m`). Kept in milliseconds, like `Instant`, so spans and instants add without conversion.
public struct TimeSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var millis: Int64

    public init(millis: Int64) { self.millis = millis }
    public init(seconds: Int64) { self.millis = seconds * 1000 }

    public static let zero = TimeSpan(millis: 0)
    public static func minutes(_ n: Int64) -> TimeSpan { TimeSpan(seconds: n * 60) }
    public static func hours(_ n: Int64) -> TimeSpan { TimeSpan(seconds: n * 3600) }
    public static func days(_ n: Int64) -> TimeSpan { TimeSpan(seconds: n * 86_400) }

    public var seconds: Int64 { millis / 1000 }

    private static let units: [(Character, Int64)] = [("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1000)]

    /// Parses `5m`, `1h30m`, `45s`, `2d`; a bare number is seconds. Nil for anything else, negative included.
    public init?(_ text: String) {
        var total: Int64 = 0
        var number: Int64?
        for c in text {
            if let digit = c.wholeNumberValue, c.isASCII {
                let (times, o1) = (number ?? 0).multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(Int64(digit))
                guard !o1, !o2 else { return nil }
                number = plus
            } else if let unit = TimeSpan.units.first(where: { $0.0 == c }), let n = number {
                let (part, o1) = n.multipliedReportingOverflow(by: unit.1)
                let (sum, o2) = total.addingReportingOverflow(part)
                guard !o1, !o2 else { return nil }
                total = sum
                number = nil
            } else {
                return nil
            }
        }
        if let number {
            // A trailing bare number is seconds only when it is the whole text: `1h30` is a typo, not 1h 30s.
            guard total == 0 else { return nil }
            let (ms, overflow) = number.multipliedReportingOverflow(by: 1000)
            guard !overflow else { return nil }
            total = ms
        } else if text.isEmpty {
            return nil
        }
        millis = total
    }

    public static func < (a: TimeSpan, b: TimeSpan) -> Bool { a.millis < b.millis }

    /// The shortest exact spelling: `90m` stays `1h30m`, `0` is `0s`.
    public var description: String {
        if millis == 0 { return "0s" }
        if millis % 1000 != 0 { return "\(millis)ms" }
        var rest = millis
        var text = millis < 0 ? "-" : ""
        rest = abs(rest)
        for (unit, size) in TimeSpan.units where rest >= size {
            text += "\(rest / size)\(unit)"
            rest %= size
        }
        return text
    }
}

extension Instant {
    public static func + (a: Instant, b: TimeSpan) -> Instant { Instant(millis: a.millis + b.millis) }
    public static func - (a: Instant, b: TimeSpan) -> Instant { Instant(millis: a.millis - b.millis) }
}
