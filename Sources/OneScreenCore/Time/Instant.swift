import struct Foundation.Date

/// A point in time as epoch milliseconds: what the store keeps, so that natural keys compare exactly
/// and sub-second sensor readings do not collide.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var millis: Int64

    public init(millis: Int64) { self.millis = millis }
    public init(seconds: Int64) { self.millis = seconds * 1000 }
    public init(seconds: Double) { self.millis = Int64((seconds * 1000).rounded()) }

    public var seconds: Double { Double(millis) / 1000 }

    public static func < (a: Instant, b: Instant) -> Bool { a.millis < b.millis }

    public func adding(seconds: Double) -> Instant { Instant(millis: millis + Int64((seconds * 1000).rounded())) }
    public func seconds(since other: Instant) -> Double { Double(millis - other.millis) / 1000 }

    /// The calendar day this instant falls on at `utcOffset` seconds east of UTC.
    public func day(utcOffset: Int = 0) -> CalendarDay {
        let s = Int64((Double(millis) / 1000).rounded(.down)) + Int64(utcOffset)
        return CalendarDay(daysSinceEpoch: Int32(floorDiv(s, 86_400)))
    }

    /// RFC 3339 text at the given offset, e.g. `2026-11-23T08:00:00+08:00`.
    public func rfc3339(utcOffset: Int = 0) -> String {
        let s = Int64((Double(millis) / 1000).rounded(.down)) + Int64(utcOffset)
        let day = CalendarDay(daysSinceEpoch: Int32(floorDiv(s, 86_400)))
        let sod = Int(s - floorDiv(s, 86_400) * 86_400)
        let off = abs(utcOffset) / 60
        let zone = utcOffset == 0 ? "Z" : "\(utcOffset < 0 ? "-" : "+")\(pad2(off / 60)):\(pad2(off % 60))"
        return "\(day)T\(pad2(sod / 3600)):\(pad2(sod / 60 % 60)):\(pad2(sod % 60))\(zone)"
    }

    public var description: String { rfc3339() }
}

func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }

func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

extension Instant {
    /// The wall clock. Code that needs time takes it as a parameter so tests and the soak benchmark can fake it.
    public static var now: Instant { Instant(seconds: Date().timeIntervalSince1970) }
}
