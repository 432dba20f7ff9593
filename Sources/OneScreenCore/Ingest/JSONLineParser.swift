/// Parses one JSON Lines line into its top-level fields.
///
/// Hand-written rather than JSONSerialization because ingest speed is bounded by parsing, because records are
/// flat objects, and because the errors must say where and what (`column 41: expected ','`), including
/// non-JSON literals like `NaN` that producers emit and that we must name rather than call "invalid".
public struct JSONLineParser {
    public struct SyntaxError: Error, Equatable, Sendable {
        public var column: Int
        public var reason: String
    }

    /// - Parameter interner: makes the strings of names and values; an input's reader passes its own, so that
    ///   repeated ones are made once.
    static func parse(_ line: [UInt8], interner: TextInterner = TextInterner()) -> Result<[RawField], SyntaxError> {
        line.withUnsafeBufferPointer { buffer in
            var parser = Cursor(bytes: buffer, interner: interner)
            do throws(SyntaxError) { return .success(try parser.object()) } catch { return .failure(error) }
        }
    }

    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var interner = TextInterner()
        var i = 0

        mutating func fail(_ reason: String) -> SyntaxError { SyntaxError(column: i + 1, reason: reason) }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        }

        func describeHere() -> String {
            guard i < bytes.count else { return "end of line" }
            let c = bytes[i]
            return c >= 0x20 && c < 0x7F ? "'\(Character(UnicodeScalar(c)))'" : "byte 0x" + String(c, radix: 16, uppercase: true)
        }

        mutating func expect(_ c: UInt8, _ what: String) throws(SyntaxError) {
            skipSpace()
            guard i < bytes.count, bytes[i] == c else { throw fail("expected \(what), found \(describeHere())") }
            i += 1
        }

        mutating func object() throws(SyntaxError) -> [RawField] {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else {
                throw fail("a record must be a JSON object starting with '{', found \(describeHere())")
            }
            i += 1
            var fields: [RawField] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                        throw fail("expected a field name in double quotes, found \(describeHere())")
                    }
                    let name = try string()
                    try expect(UInt8(ascii: ":"), "':' after field name")
                    let value = try self.value()
                    fields.append(RawField(name: name, value: value))
                    skipSpace()
                    guard i < bytes.count else { throw fail("unexpected end of line, expected ',' or '}'") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                    throw fail("expected ',' or '}', found \(describeHere())")
                }
            }
            skipSpace()
            guard i == bytes.count else { throw fail("unexpected \(describeHere()) after the end of the object") }
            return fields
        }

        mutating func value() throws(SyntaxError) -> RawValue {
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end of line, expected a value") }
            switch bytes[i] {
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "{"), UInt8(ascii: "["): try skipComposite(); return .composite
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "N"): try literal("NaN"); return .nonFinite("NaN")
            case UInt8(ascii: "I"): try literal("Infinity"); return .nonFinite("Infinity")
            case UInt8(ascii: "-") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "I"):
                i += 1; try literal("Infinity"); return .nonFinite("-Infinity")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw fail("expected a value, found \(describeHere())")
            }
        }

        mutating func literal(_ word: StaticString) throws(SyntaxError) {
            let n = word.utf8CodeUnitCount
            let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
            guard i + n <= bytes.count, (0..<n).allSatisfy({ bytes[i + $0] == w[$0] }) else {
                throw fail("expected a value, found \(describeHere())")
            }
            i += n
        }

        mutating func number() throws(SyntaxError) -> RawValue {
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            let intStart = i
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            guard i > intStart else { throw fail("expected a digit after '-'") }
            if bytes[intStart] == UInt8(ascii: "0"), i - intStart > 1 { throw fail("a number may not start with 0") }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                let f = i
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
                guard i > f else { throw fail("expected a digit after '.'") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                let e = i
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
                guard i > e else { throw fail("expected a digit in the exponent") }
            }
            let digits = UnsafeBufferPointer(rebasing: bytes[start..<i])
            guard let d = DecimalNumber.value(digits) else { throw fail("malformed number \(String(decoding: digits, as: UTF8.self))") }
            return d.isFinite ? .number(d) : .nonFinite(String(decoding: digits, as: UTF8.self))
        }

        /// Reads a string at `i` (which is a quote). Invalid UTF-8 and raw control bytes are syntax errors.
        mutating func string() throws(SyntaxError) -> String {
            i += 1
            let start = i
            var plain = true
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "\"") { break }
                if c == UInt8(ascii: "\\") { plain = false; i += 2; continue }
                if c < 0x20 { throw fail("raw control character in a string (escape it, e.g. \\n)") }
                i += 1
            }
            guard i < bytes.count else { throw SyntaxError(column: start, reason: "unterminated string") }
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
            i += 1
            if plain {
                guard let s = interner.string(raw) else {
                    throw SyntaxError(column: start, reason: "string is not valid UTF-8")
                }
                return s
            }
            return try unescape(raw, column: start)
        }

        func unescape(_ raw: UnsafeBufferPointer<UInt8>, column: Int) throws(SyntaxError) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var j = 0
            func bad(_ r: String) -> SyntaxError { SyntaxError(column: column + j, reason: r) }
            func hex4(_ at: Int) -> UInt32? {
                guard at + 4 <= raw.count else { return nil }
                var v: UInt32 = 0
                for k in at..<(at + 4) {
                    guard let h = hexValue(raw[k]) else { return nil }
                    v = v << 4 | h
                }
                return v
            }
            while j < raw.count {
                let c = raw[j]
                guard c == UInt8(ascii: "\\") else { out.append(c); j += 1; continue }
                guard j + 1 < raw.count else { throw bad("dangling backslash") }
                let e = raw[j + 1]
                j += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var code = hex4(j) else { throw bad("\\u needs four hex digits") }
                    j += 4
                    if (0xD800...0xDBFF).contains(code) {
                        guard j + 1 < raw.count, raw[j] == UInt8(ascii: "\\"), raw[j + 1] == UInt8(ascii: "u"),
                              let low = hex4(j + 2), (0xDC00...0xDFFF).contains(low) else {
                            throw bad("unpaired UTF-16 surrogate")
                        }
                        j += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw bad("unpaired UTF-16 surrogate")
                    }
                    out.append(contentsOf: String(Character(UnicodeScalar(code)!)).utf8)
                default:
                    throw bad("unknown escape \\\(Character(UnicodeScalar(e)))")
                }
            }
            guard let s = UTF8Validation.string(out) else {
                throw SyntaxError(column: column, reason: "string is not valid UTF-8")
            }
            return s
        }

        mutating func skipComposite() throws(SyntaxError) {
            var depth = 0
            repeat {
                guard i < bytes.count else { throw fail("unterminated array or object") }
                switch bytes[i] {
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; i += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1; i += 1
                case UInt8(ascii: "\""): _ = try string()
                default: i += 1
                }
            } while depth > 0
        }
    }
}

@inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case 48...57: UInt32(c - 48)
    case 65...70: UInt32(c - 55)
    case 97...102: UInt32(c - 87)
    default: nil
    }
}
