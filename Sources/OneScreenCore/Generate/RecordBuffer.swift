/// Bytes of record lines, formatted by hand.
///
/// The generator writes millions of readings; Foundation's number and date formatting would dominate the time, so
/// numbers, timestamps and escaping are done here on bytes. JSON strings are escaped per RFC 8259 (non-ASCII is kept
/// as UTF-8), CSV fields are quoted per RFC 4180 when they hold a comma, quote or line break.
struct RecordBuffer {
    var bytes: [UInt8] = []

    /// Day number and the bytes `YYYY-MM-DDT` of the last timestamp written: readings come in time order, so the
    /// date part is nearly always the same as the previous one.
    private var cachedDay: Int64 = .min
    private var cachedDatePrefix: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    )

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    @inline(__always)
    mutating func append(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }

    /// Raw UTF-8, no escaping: for text known to need none (field names, enumerations, digits).
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    // MARK: JSON

    /// A JSON string literal with quotes.
    mutating func jsonString(_ text: String) {
        byte(0x22)
        for unit in text.utf8 {
            switch unit {
            case 0x22: byte(0x5C); byte(0x22)
            case 0x5C: byte(0x5C); byte(0x5C)
            case 0x0A: byte(0x5C); byte(0x6E)
            case 0x0D: byte(0x5C); byte(0x72)
            case 0x09: byte(0x5C); byte(0x74)
            case 0x00..<0x20:
                raw("\\u00")
                byte(RecordBuffer.hexDigits[Int(unit >> 4)])
                byte(RecordBuffer.hexDigits[Int(unit & 0x0F)])
            default: byte(unit)
            }
        }
        byte(0x22)
    }

    /// `{"type":"NAME"`; fields follow with `field…`, then `endObject()`.
    mutating func beginObject(type: String) {
        raw("{\"type\":")
        jsonString(type)
    }

    mutating func endObject() {
        byte(0x7D)
        byte(0x0A)
    }

    mutating func key(_ name: String) {
        byte(0x2C)
        jsonString(name)
        byte(0x3A)
    }

    mutating func field(_ name: String, _ text: String) {
        key(name)
        jsonString(text)
    }

    mutating func field(_ name: String, optional text: String?) {
        if let text { field(name, text) }
    }

    mutating func field(_ name: String, int value: Int64) {
        key(name)
        integer(value)
    }

    /// A number with at most `decimals` places, trailing zeros dropped (`12800`, `1234.5`).
    mutating func field(_ name: String, amount value: Double, decimals: Int = 2) {
        key(name)
        decimal(value, decimals: decimals, trimZeros: true)
    }

    mutating func field(_ name: String, time epoch: Int64) {
        key(name)
        byte(0x22)
        appendRFC3339(epoch)
        byte(0x22)
    }

    mutating func field(_ name: String, date dayNumber: Int64) {
        key(name)
        byte(0x22)
        appendDate(dayNumber)
        byte(0x22)
    }

    mutating func field(_ name: String, optionalDate dayNumber: Int64?) {
        if let dayNumber { field(name, date: dayNumber) }
    }

    // MARK: CSV

    /// One CSV field, quoted only when it must be (RFC 4180).
    mutating func csvField(_ text: String) {
        var needsQuotes = false
        for unit in text.utf8 where unit == 0x2C || unit == 0x22 || unit == 0x0A || unit == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            raw(text)
            return
        }
        byte(0x22)
        for unit in text.utf8 {
            if unit == 0x22 { byte(0x22) }
            byte(unit)
        }
        byte(0x22)
    }

    /// A header or data row of already-textual fields.
    mutating func csvRow(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { byte(0x2C) }
            csvField(field)
        }
        byte(0x0A)
    }

    // MARK: Numbers and times

    mutating func integer(_ value: Int64) {
        if value < 0 {
            byte(0x2D)
            unsignedInteger(UInt64(bitPattern: 0 &- value))
        } else {
            unsignedInteger(UInt64(value))
        }
    }

    mutating func unsignedInteger(_ value: UInt64) {
        if value < 10 {
            byte(0x30 &+ UInt8(value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = 0x30 &+ UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            var index = count - 1
            while index >= 0 {
                bytes.append(buffer[index])
                index -= 1
            }
        }
    }

    /// A value already scaled to an integer count of 10^-decimals, e.g. `-183` with 1 decimal → `-18.3`.
    mutating func scaled(_ value: Int64, decimals: Int, trimZeros: Bool = false) {
        if decimals == 0 {
            integer(value)
            return
        }
        let divisor = RecordBuffer.powersOfTen[decimals]
        let magnitude = value < 0 ? UInt64(bitPattern: 0 &- value) : UInt64(value)
        var fraction = magnitude % UInt64(divisor)
        var places = decimals
        if trimZeros {
            while places > 0 && fraction % 10 == 0 {
                fraction /= 10
                places -= 1
            }
        }
        if value < 0 && magnitude != 0 { byte(0x2D) }
        unsignedInteger(magnitude / UInt64(divisor))
        guard places > 0 else { return }
        byte(0x2E)
        var power = RecordBuffer.powersOfTen[places - 1]
        while power > 0 {
            byte(0x30 &+ UInt8((fraction / UInt64(power)) % 10))
            power /= 10
        }
    }

    /// A finite double rounded half away from zero to `decimals` places.
    mutating func decimal(_ value: Double, decimals: Int, trimZeros: Bool = false) {
        scaled(RecordBuffer.scale(value, decimals: decimals), decimals: decimals, trimZeros: trimZeros)
    }

    /// The integer count of 10^-decimals nearest to `value` — what `decimal` writes.
    @inline(__always)
    static func scale(_ value: Double, decimals: Int) -> Int64 {
        Int64((value * Double(powersOfTen[decimals])).rounded(.toNearestOrAwayFromZero))
    }

    /// `YYYY-MM-DD`.
    mutating func appendDate(_ dayNumber: Int64) {
        let (y, m, d) = SampleCalendar.civil(dayNumber)
        fourDigits(y)
        byte(0x2D)
        twoDigits(m)
        byte(0x2D)
        twoDigits(d)
    }

    /// `YYYY-MM-DDTHH:MM:SS+08:00`.
    mutating func appendRFC3339(_ epoch: Int64) {
        let dayNumber = SampleCalendar.dayNumber(epoch)
        if dayNumber != cachedDay {
            let start = bytes.count
            appendDate(dayNumber)
            byte(0x54)
            cachedDay = dayNumber
            bytes.withUnsafeBufferPointer { all in
                cachedDatePrefix = (
                    all[start], all[start + 1], all[start + 2], all[start + 3], all[start + 4],
                    all[start + 5], all[start + 6], all[start + 7], all[start + 8], all[start + 9]
                )
            }
        } else {
            withUnsafeBytes(of: cachedDatePrefix) { bytes.append(contentsOf: $0) }
            byte(0x54)
        }
        let second = Int(SampleCalendar.secondOfDay(epoch))
        twoDigits(second / 3600)
        byte(0x3A)
        twoDigits(second / 60 % 60)
        byte(0x3A)
        twoDigits(second % 60)
        raw("+08:00")
    }

    @inline(__always)
    private mutating func twoDigits(_ value: Int) {
        byte(0x30 &+ UInt8(value / 10))
        byte(0x30 &+ UInt8(value % 10))
    }

    private mutating func fourDigits(_ value: Int) {
        byte(0x30 &+ UInt8(value / 1000 % 10))
        byte(0x30 &+ UInt8(value / 100 % 10))
        byte(0x30 &+ UInt8(value / 10 % 10))
        byte(0x30 &+ UInt8(value % 10))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
    static let powersOfTen: [Int64] = [1, 10, 100, 1000, 10000, 100_000, 1_000_000]
}
