/// Bytes of record lines, formatted by hand.
///
/// The generator writes millions of readings; Foundation's number and date formatting would dominate the time, so
/// numbers, timestamps and escaping are done here on bytes. JSON strings are escaped per RFC 8259 (non-ASCII is kept
/// as UTF-8), CSV fields are quoted per RFC 4180 when they hold a comma, quote or line break. Readings take a fast
/// path (pre-encoded columns, `scaled` values); every other record goes through `jsonLine` or `csvLine`.
struct RecordBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

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

    /// One JSON Lines row: `type` first, then the fields present, in order.
    mutating func jsonLine(_ record: Record) {
        raw("{\"type\":")
        jsonString(record.type.rawValue)
        for field in record.writtenFields {
            guard let value = field.value else { continue }
            byte(0x2C)
            jsonString(field.name)
            byte(0x3A)
            switch value {
            case .text(let text): jsonString(text)
            case .time, .day:
                byte(0x22)
                plain(value)
                byte(0x22)
            case .number, .integer: plain(value)
            }
        }
        raw("}\n")
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

    /// The header of a CSV file of `type` records: the field names in RECORDS.md order.
    mutating func csvHeader(_ type: RecordType) {
        for (index, name) in RecordDecoder.fields(of: type).names.enumerated() {
            if index > 0 { byte(0x2C) }
            raw(name)
        }
        byte(0x0A)
    }

    /// One CSV row, an absent optional field as an empty cell.
    mutating func csvLine(_ record: Record) {
        for (index, field) in record.writtenFields.enumerated() {
            if index > 0 { byte(0x2C) }
            switch field.value {
            case nil: break
            case .text(let text)?: csvField(text)
            case let value?: plain(value)
            }
        }
        byte(0x0A)
    }

    /// A value that needs no quoting or escaping in either format.
    private mutating func plain(_ value: WrittenValue) {
        switch value {
        case .text(let text): raw(text)
        case .number(let number):
            let text = String(describing: number)
            raw(text.hasSuffix(".0") ? String(text.dropLast(2)) : text)
        case .integer(let integer): self.integer(Int64(integer))
        case .time(let instant): appendRFC3339(SampleCalendar.floorDiv(instant.millis, 1000))
        case .day(let day): appendDate(Int64(day.daysSinceEpoch))
        }
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
    mutating func scaled(_ value: Int64, decimals: Int) {
        if decimals == 0 {
            integer(value)
            return
        }
        let divisor = UInt64(RecordBuffer.powersOfTen[decimals])
        let magnitude = value < 0 ? UInt64(bitPattern: 0 &- value) : UInt64(value)
        if value < 0 { byte(0x2D) }
        unsignedInteger(magnitude / divisor)
        byte(0x2E)
        let fraction = magnitude % divisor
        var power = divisor / 10
        while power > 0 {
            byte(0x30 &+ UInt8((fraction / power) % 10))
            power /= 10
        }
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
        appendDate(SampleCalendar.dayNumber(epoch))
        byte(0x54)
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
