/// The one measure of how many terminal columns text takes. Every layout decision (truncation, padding, alignment,
/// wrapping, cell placement) goes through here, because `String.count` counts characters and a Chinese character
/// takes two columns: measuring any other way shifts borders.
///
/// Rules (Unicode East Asian Width, as terminals apply it):
/// - `W` and `F` (CJK, Hangul, kana, full-width forms, CJK punctuation `，。：（）`) and default-emoji-presentation
///   characters take 2 columns;
/// - combining marks, format characters (ZWJ, variation selectors) and controls take 0;
/// - everything else, ambiguous characters included (`…`, `·`, `°`, box drawing), takes 1.
///
/// A grapheme cluster (`Character`) takes the width of its first scalar, or 2 when any later scalar is an emoji or
/// VS16 asks for emoji presentation. So `é` written as e + U+0301 is 1, and a flag or a ZWJ family is 2.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: 0, 1 or 2.
    public static func width(of character: Character) -> Int {
        // Nearly everything on a dashboard is ASCII; answer it without walking the scalars.
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        let base = width(of: first)
        guard base == 1 else { return base }
        while let next = scalars.next() {
            if next.value == variationSelector16 || next.properties.isEmojiPresentation { return 2 }
        }
        return base
    }

    /// Columns taken by one scalar on its own, ignoring the cluster it may belong to.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }  // DEL and the C1 controls
        if value < 0x300 { return 1 }  // Latin-1 and Latin extended hold no marks (a soft hyphen shows, as in wcwidth)
        if (0x2500...0x259F).contains(value) { return 1 }  // box drawing and blocks: every pane border, on a fast path
        if EastAsianWide.contains(value) { return 2 }
        if isZeroWidth(scalar) { return 0 }
        // Emoji newer than the table still take two columns in any terminal that draws them as emoji.
        if value >= 0x1F000, scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns taken by a whole string.
    public static func width(of text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy(isPrintableASCII) { return text.utf8.count }
        var total = 0
        for character in text { total += width(of: character) }
        return total
    }

    /// Cuts `text` to at most `columns`, ending with `ellipsis` when anything was cut.
    ///
    /// A cut never splits a wide character: it stops before it, so the result may be one column short and the caller
    /// pads (see `fit`). Text that already fits is returned unchanged. When even the ellipsis does not fit, the text
    /// is cut without one, because a clipped marker would itself be wrong.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if width(of: text) <= columns { return text }
        let ellipsisWidth = width(of: ellipsis)
        let marker = ellipsisWidth <= columns ? ellipsis : ""
        let budget = columns - (marker.isEmpty ? 0 : ellipsisWidth)
        var kept = 0
        var end = text.startIndex
        for index in text.indices {
            let columnsHere = width(of: text[index])
            if kept + columnsHere > budget { break }
            kept += columnsHere
            end = text.index(after: index)
        }
        return String(text[..<end]) + marker
    }

    /// Exactly `columns` wide: shorter text is padded with spaces on the side `alignment` leaves open; longer text is
    /// cut without a marker (use `fit` for a visible `…`).
    public static func pad(_ text: String, to columns: Int, alignment: Alignment = .left) -> String {
        guard columns > 0 else { return "" }
        var body = text
        var used = width(of: body)
        if used > columns {
            body = truncate(body, to: columns, ellipsis: "")
            used = width(of: body)
        }
        let gap = columns - used
        guard gap > 0 else { return body }
        switch alignment {
        case .left:
            return body + spaces(gap)
        case .right:
            return spaces(gap) + body
        case .center:
            let before = gap / 2
            return spaces(before) + body + spaces(gap - before)
        }
    }

    /// Truncates with an ellipsis, then pads: the everyday operation for a table cell or a label slot.
    public static func fit(
        _ text: String, to columns: Int, alignment: Alignment = .left, ellipsis: String = "…"
    ) -> String {
        pad(truncate(text, to: columns, ellipsis: ellipsis), to: columns, alignment: alignment)
    }

    static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F
    }

    private static let variationSelector16: UInt32 = 0xFE0F

    private static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: count)
    }

    /// Marks, format characters and separators draw nothing by themselves; the conjoining Hangul vowels and finals
    /// draw inside the syllable their leading consonant started.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1160...0x11FF, 0xD7B0...0xD7FF:
            return true
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator, .surrogate:
            return true
        default:
            return false
        }
    }
}
