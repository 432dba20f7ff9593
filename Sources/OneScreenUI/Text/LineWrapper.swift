/// Breaks text into lines no wider than a column count, measured by `DisplayWidth`.
///
/// Chinese has no spaces, so a line may break between any two wide characters; Latin text breaks at spaces, and a word
/// longer than the line is cut hard rather than overflowing. Closing CJK punctuation (`，。）` …) never starts a line,
/// the one rule of Chinese line breaking (避头) that readers notice when it is broken.
public enum LineWrapper {
    /// The wrapped lines of `text`; each `\n` starts a new paragraph (an empty one gives an empty line).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapParagraph(paragraph, width: width, into: &lines)
        }
        return lines
    }

    private struct Glyph {
        let character: Character
        let width: Int
        var isSpace: Bool { character == " " }
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int, into lines: inout [String]) {
        var line: [Glyph] = []
        var lineWidth = 0
        // Index in `line` where the next line could start if the current one overflows.
        var breakAt: Int?
        // Spaces that open a paragraph are indentation; spaces left at the start of a wrapped line are not.
        var wrapped = false

        func emit(_ glyphs: ArraySlice<Glyph>) {
            var end = glyphs.endIndex
            while end > glyphs.startIndex, glyphs[end - 1].isSpace { end -= 1 }
            lines.append(String(glyphs[glyphs.startIndex..<end].map(\.character)))
        }

        for character in paragraph {
            let glyph = Glyph(character: character, width: DisplayWidth.width(of: character))
            // Zero-width leftovers (controls) draw nothing; a glyph wider than the line can never be shown.
            if glyph.width == 0 || glyph.width > width { continue }
            // Chinese may break between any two characters, except before closing punctuation.
            let breaksBefore = line.last.map { $0.width == 2 || glyph.width == 2 } == true && !closesPhrase(character)
            if lineWidth + glyph.width > width {
                if breaksBefore {
                    emit(line[...])
                    line = []
                } else if let split = breakAt, split > 0, !glyph.isSpace {
                    emit(line[..<split])
                    line = Array(line[split...].drop(while: \.isSpace))
                } else {
                    emit(line[...])
                    line = []
                }
                lineWidth = line.reduce(0) { $0 + $1.width }
                if lineWidth + glyph.width > width {
                    // The carried-over word still leaves no room: it becomes a line of its own.
                    emit(line[...])
                    line = []
                    lineWidth = 0
                }
                breakAt = nil
                wrapped = true
            }
            if line.isEmpty, wrapped, glyph.isSpace { continue }
            if breaksBefore, !line.isEmpty { breakAt = line.count }
            line.append(glyph)
            lineWidth += glyph.width
            if glyph.isSpace { breakAt = line.count }
        }
        emit(line[...])
    }

    /// Punctuation that ends a phrase and so must stay on the line of the text it follows.
    private static func closesPhrase(_ character: Character) -> Bool {
        closingPunctuation.contains(character)
    }

    private static let closingPunctuation: Set<Character> = [
        "，", "。", "、", "：", "；", "！", "？", "）", "」", "』", "》", "〉", "】", "〕", "…", "·",
        ",", ".", ":", ";", "!", "?", ")", "]", "}", "%",
    ]
}
