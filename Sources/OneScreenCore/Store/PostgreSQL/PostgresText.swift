/// Text that came from the server (its messages, notices, a notification's payload) made safe to print or log:
/// control characters become spaces, so a crafted value cannot move a cursor or forge a log line, and it is cut to
/// a length a status line or log line can hold.
enum PostgresText {
    /// A server message is a sentence or two; anything longer is quoting data.
    static let maxCharacters = 1_000

    static func clean(_ raw: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        var lastWasSpace = true
        for scalar in raw.unicodeScalars {
            let control = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            let next: Unicode.Scalar = control ? " " : scalar
            if next == " " && lastWasSpace { continue }
            if count == maxCharacters { out.append("…"); break }
            out.append(next)
            count += 1
            lastWasSpace = next == " "
        }
        var text = String(out)
        while text.last == " " { text.removeLast() }
        return text
    }

    /// A C string from libpq, cleaned; nil stays nil.
    static func clean(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { clean(String(cString: $0)) }
    }
}
