/// The one sanitiser for text from input on its way to a terminal or a log: whatever a record, a plug-in's stderr,
/// an HTTP body or a `--note` holds, it prints as one line that cannot move the cursor, set a window title, forge
/// another line or reorder what follows it. Each escaped character stays visible as its code, so nothing hides.
public enum Sanitizer {
    /// `text` with C0 controls (newlines and tabs included), DEL, C1 controls, line and paragraph separators and
    /// bidirectional controls written as escapes: `\n`, `\r`, `\t`, `\x1B`, `\u{202E}`.
    public static func line(_ text: some StringProtocol) -> String {
        // Most text has none: one pass over the bytes, and the string itself comes back.
        let clean = text.withUTF8Bytes { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x20 || b == 0x7F { return false }
                if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return false }
                // U+2028/2029 are E2 80 A8/A9, U+202A–202E are E2 80 AA–AE, U+2066–2069 are E2 81 A6–A9.
                if b == 0xE2, i + 2 < bytes.count {
                    let (b1, b2) = (bytes[i + 1], bytes[i + 2])
                    if b1 == 0x80 && (0xA8...0xAE).contains(b2) || b1 == 0x81 && (0xA6...0xA9).contains(b2) { return false }
                }
                i += 1
            }
            return true
        }
        if clean { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7F: out += "\\x" + hex(scalar.value, digits: 2)
            case 0x80...0x9F, 0x2028...0x202E, 0x2066...0x2069: out += "\\u{" + hex(scalar.value, digits: 4) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.utf8.count)) + text
    }
}
