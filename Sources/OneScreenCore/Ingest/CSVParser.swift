/// RFC 4180 fields of one CSV record. Quoted fields may hold commas, doubled quotes and newlines; a quote inside
/// an unquoted field is kept as text (spreadsheets write `5" pipe`), but text after a closing quote is an error,
/// because it means the producer's quoting is broken and the columns can no longer be trusted.
public enum CSVParser {
    public struct SyntaxError: Error, Equatable, Sendable {
        public var column: Int
        public var reason: String
    }

    /// True when the line leaves a quoted field open, so the record continues on the next line.
    public static func isOpen(_ bytes: [UInt8]) -> Bool {
        var open = false
        for b in bytes where b == UInt8(ascii: "\"") { open.toggle() }
        return open
    }

    public static func fields(_ bytes: [UInt8]) -> Result<[String], SyntaxError> {
        var fields: [String] = []
        var field: [UInt8] = []
        var i = 0
        var quoted = false
        var afterClosingQuote = false
        func finishField() -> SyntaxError? {
            guard let s = UTF8Validation.string(field) else {
                return SyntaxError(column: fields.count + 1, reason: "field \(fields.count + 1) is not valid UTF-8")
            }
            fields.append(s)
            field.removeAll(keepingCapacity: true)
            afterClosingQuote = false
            return nil
        }
        while i < bytes.count {
            let c = bytes[i]
            if quoted {
                if c == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(c)
                        i += 1
                    } else {
                        quoted = false
                        afterClosingQuote = true
                    }
                } else {
                    field.append(c)
                }
            } else if c == UInt8(ascii: ",") {
                if let e = finishField() { return .failure(e) }
            } else if afterClosingQuote {
                return .failure(SyntaxError(column: fields.count + 1,
                                            reason: "text after the closing quote of field \(fields.count + 1)"))
            } else if c == UInt8(ascii: "\""), field.isEmpty {
                quoted = true
            } else {
                field.append(c)
            }
            i += 1
        }
        if quoted { return .failure(SyntaxError(column: fields.count + 1, reason: "unterminated quoted field \(fields.count + 1)")) }
        if let e = finishField() { return .failure(e) }
        return .success(fields)
    }
}
