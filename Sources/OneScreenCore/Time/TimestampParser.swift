/// Parses the record format's times: RFC 3339 with an offset, or integer epoch seconds.
/// Hand-written because ISO8601DateFormatter is slow enough to dominate a million-row ingest.
public enum TimestampParser {
    /// RFC 3339: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; `t`, `z` and a space separator are accepted as RFC 3339 allows.
    public static func parse(_ text: some StringProtocol) -> Instant? { text.withUTF8Bytes(parse(utf8:)) }

    /// Parses straight from the bytes: a time is parsed per row, and copies of it would cost more than the parse.
    static func parse(utf8 u: UnsafeBufferPointer<UInt8>) -> Instant? {
        guard u.count >= 20, let day = CalendarDay(utf8: UnsafeBufferPointer(rebasing: u[0..<10])) else { return nil }
        let sep = u[10]
        guard sep == UInt8(ascii: "T") || sep == UInt8(ascii: "t") || sep == UInt8(ascii: " "),
              u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":"),
              let hh = digits(u, 11, 2), let mm = digits(u, 14, 2), let ss = digits(u, 17, 2),
              hh < 24, mm < 60, ss < 61 else { return nil }
        var i = 19
        var fractionMillis: Int64 = 0
        if u[i] == UInt8(ascii: ".") {
            i += 1
            var scale: Int64 = 100
            let start = i
            while i < u.count, u[i] >= 48, u[i] <= 57 {
                fractionMillis += Int64(u[i] - 48) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
        }
        guard i < u.count else { return nil }
        var offset = 0
        switch u[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard i + 1 == u.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard i + 6 == u.count, u[i + 3] == UInt8(ascii: ":"),
                  let oh = digits(u, i + 1, 2), let om = digits(u, i + 4, 2), oh < 24, om < 60 else { return nil }
            offset = (oh * 3600 + om * 60) * (u[i] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        let secs = Int64(day.daysSinceEpoch) * 86_400 + Int64(hh * 3600 + mm * 60 + min(ss, 59)) - Int64(offset)
        return Instant(millis: secs * 1000 + fractionMillis)
    }
}
