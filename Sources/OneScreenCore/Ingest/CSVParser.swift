/// RFC 4180 fields of one CSV record. Quoted fields may hold commas, doubled quotes and newlines; a quote inside
/// an unquoted field is kept as text (spreadsheets write `5" pipe`), but text after a closing quote is an error,
/// because it means the producer's quoting is broken and the columns can no longer be trusted.
public enum CSVParser {
    public struct SyntaxError: Error, Equatable, Sendable {
        public var column: Int
        public var reason: String
    }

    /// True when the line leaves a quoted field open, so the record continues on the next line. Only a quote at
    /// the start of a field opens one, as `fields` reads it: the quote in `5" probe` is text, and must not swallow
    /// the rows after it.
    public static func isOpen(_ bytes: [UInt8]) -> Bool {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
        var atFieldStart = true
        var quoted = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote { i += 1 } else { quoted = false }
                }
            } else if b == comma {
                atFieldStart = true
                i += 1
                continue
            } else if atFieldStart && b == quote {
                quoted = true
            }
            atFieldStart = false
            i += 1
        }
        return quoted
    }

    /// Parses one record into `fields`, replacing what was there, so that a reader of many rows reuses one array.
    /// An unquoted field, the usual kind, becomes a string straight from its slice of the line, through `interner`
    /// (an input's reader passes its own, so that repeated values are made once); only a quoted one is copied, to
    /// undo its doubled quotes.
    static func fields(_ bytes: [UInt8], into fields: inout [String], interner: TextInterner = TextInterner()) -> SyntaxError? {
        fields.removeAll(keepingCapacity: true)
        return bytes.withUnsafeBufferPointer { b -> SyntaxError? in
            let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
            var unquoted: [UInt8] = []
            var i = 0
            while true {
                if i < b.count, b[i] == quote {
                    unquoted.removeAll(keepingCapacity: true)
                    i += 1
                    while true {
                        guard i < b.count else {
                            return SyntaxError(column: fields.count + 1, reason: "unterminated quoted field \(fields.count + 1)")
                        }
                        if b[i] == quote {
                            guard i + 1 < b.count, b[i + 1] == quote else { break }
                            i += 1
                        }
                        unquoted.append(b[i])
                        i += 1
                    }
                    i += 1  // the closing quote
                    if i < b.count, b[i] != comma {
                        return SyntaxError(column: fields.count + 1, reason: "text after the closing quote of field \(fields.count + 1)")
                    }
                    guard let s = UTF8Validation.string(unquoted) else { return invalidUTF8(fields.count + 1) }
                    fields.append(s)
                } else {
                    let start = i
                    while i < b.count, b[i] != comma { i += 1 }
                    guard let s = interner.string(UnsafeBufferPointer(rebasing: b[start..<i])) else {
                        return invalidUTF8(fields.count + 1)
                    }
                    fields.append(s)
                }
                guard i < b.count else { return nil }
                i += 1  // the comma
            }
        }
    }

    private static func invalidUTF8(_ field: Int) -> SyntaxError {
        SyntaxError(column: field, reason: "field \(field) is not valid UTF-8")
    }
}
