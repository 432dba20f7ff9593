/// A JSON value of the small shapes the alert table keeps (an alert's detail, its default message), written and
/// read by hand: evaluation writes both for every alert it revises and reads the message back for every stored one
/// it compares, and through JSONSerialization that cost more than judging the readings.
///
/// Written text is compact, keys sorted by their UTF-8 bytes, so equal values always write the same text; numbers
/// as Swift's shortest round-trip spelling, integral ones without a fraction, as JSONSerialization writes them.
enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// Integral doubles below this magnitude are written as integers; above it Swift spells them with an exponent.
    private static let integralLimit = 1e15

    var text: String {
        var out: [UInt8] = []
        out.reserveCapacity(128)
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func write(into out: inout [UInt8]) {
        switch self {
        case .string(let s): Self.write(s, into: &out)
        case .number(let d): Self.write(d, into: &out)
        case .bool(let b): out += b ? Array("true".utf8) : Array("false".utf8)
        case .null: out += Array("null".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (index, key) in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.write(key, into: &out)
                out.append(UInt8(ascii: ":"))
                fields[key]!.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string: quote, backslash and control characters escaped, everything else (CJK included) as UTF-8.
    static func write(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for unit in string.utf8 {
            switch unit {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(unit >> 4)], hex[Int(unit & 0xF)]]
            default: out.append(unit)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Non-finite numbers have no JSON spelling: null, as a reader missing the value would take it.
    static func write(_ number: Double, into out: inout [UInt8]) {
        if !number.isFinite {
            out += Array("null".utf8)
        } else if number == number.rounded(), abs(number) < integralLimit {
            out += Array(String(Int64(number)).utf8)
        } else {
            out += Array(number.description.utf8)
        }
    }

    // MARK: reading

    /// Nil for text that is not one JSON value.
    init?(parsing text: String) {
        var text = text
        let parsed: JSONValue? = text.withUTF8 { buffer in
            var cursor = JSONLineParser.Cursor(bytes: buffer)
            guard let value = try? cursor.jsonValue() else { return nil }
            cursor.skipSpace()
            return cursor.i == buffer.count ? value : nil
        }
        guard let parsed else { return nil }
        self = parsed
    }

    var stringValue: String? {
        if case .string(let s) = self { s } else { nil }
    }

    var objectValue: [String: JSONValue]? {
        if case .object(let fields) = self { fields } else { nil }
    }
}

extension JSONLineParser.Cursor {
    /// Deeper nesting is refused rather than recursed into: none of the stored shapes nests more than twice.
    static let jsonDepthLimit = 32

    /// Any JSON value, nested ones included, where the record parser skips arrays and objects.
    mutating func jsonValue(depth: Int = 0) throws(JSONLineParser.SyntaxError) -> JSONValue {
        guard depth < Self.jsonDepthLimit else { throw fail("nested too deep") }
        skipSpace()
        guard i < bytes.count else { throw fail("unexpected end, expected a value") }
        switch bytes[i] {
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                items.append(try jsonValue(depth: depth + 1))
                if try endOfList(UInt8(ascii: "]")) { return .array(items) }
            }
        case UInt8(ascii: "{"):
            i += 1
            var fields: [String: JSONValue] = [:]
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
                let key = try string()
                try expect(UInt8(ascii: ":"), "':' after a key")
                fields[key] = try jsonValue(depth: depth + 1)
                if try endOfList(UInt8(ascii: "}")) { return .object(fields) }
            }
        default:
            switch try value() {
            case .string(let s): return .string(s)
            case .number(let d): return .number(d)
            case .bool(let b): return .bool(b)
            case .null: return .null
            case .text, .nonFinite, .composite: throw fail("expected a JSON value")
            }
        }
    }

    /// After an item: true at `close`, false at a comma.
    private mutating func endOfList(_ close: UInt8) throws(JSONLineParser.SyntaxError) -> Bool {
        skipSpace()
        guard i < bytes.count else { throw fail("unexpected end, expected ',' or '\(Character(UnicodeScalar(close)))'") }
        if bytes[i] == UInt8(ascii: ",") { i += 1; return false }
        if bytes[i] == close { i += 1; return true }
        throw fail("expected ',' or '\(Character(UnicodeScalar(close)))'")
    }
}
