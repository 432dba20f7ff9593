/// What ingest refuses in non-ASCII text beyond control characters: text that would draw as nothing, or as
/// something else than it says. Run only on text with a byte ≥ 0x80, so the ASCII bulk of a feed pays nothing.
enum UnicodeCheck {
    /// Combining marks, joiners and variation selectors in a row after one base character. The longest real
    /// clusters (an emoji family joined by ZWJ, a Tibetan stack, Vietnamese with two marks) stay well under 16;
    /// more is "zalgo" text that draws as a smear over its neighbours' cells.
    static let maxMarksInARow = 16

    enum Finding: Equatable {
        case bidiControl(Unicode.Scalar)
        case tooManyMarks
        /// Nothing but spaces, and characters that draw nothing (U+200B, U+3000, U+FEFF…).
        case invisible
    }

    static func finding(in text: String) -> Finding? {
        var marks = 0
        var visible = false
        for scalar in text.unicodeScalars {
            // The bulk of non-ASCII in a feed (Chinese names, `°C`, `·`) is plainly visible: no property lookups.
            if isPlainlyVisible(scalar) { marks = 0; visible = true; continue }
            if isBidiControl(scalar) { return .bidiControl(scalar) }
            if isMark(scalar) {
                marks += 1
                if marks > maxMarksInARow { return .tooManyMarks }
                continue
            }
            marks = 0
            if !isInvisible(scalar) { visible = true }
        }
        return visible ? nil : .invisible
    }

    static func isPlainlyVisible(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x21...0x7E).contains(v) || (0x4E00...0x9FFF).contains(v) || ((0xA1...0x2FF).contains(v) && v != 0xAD)
            || (0x3001...0x303F).contains(v) || (0xFF01...0xFF5E).contains(v)
    }

    /// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what follows them on screen:
    /// `abc‮fdp.exe` reads as `abcexe.pdf`. The marks U+200E/U+200F only nudge neutral characters, and stay.
    static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return s.value == 0x200D || (0xFE00...0xFE0F).contains(s.value) || (0xE0100...0xE01EF).contains(s.value)
        }
    }

    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s.properties.isDefaultIgnorableCodePoint || s.value == 0x3164 || s.value == 0xFFA0
    }
}
