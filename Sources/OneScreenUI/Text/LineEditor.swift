/// One line of text being typed, with a cursor. Characters go in at the cursor whatever their width (Chinese from an
/// input method arrives as whole characters, like Latin), Backspace takes out the one before it, ← → Home End
/// (and Ctrl-A, Ctrl-E) move it, Ctrl-U clears what is before it, as in a shell. Shown by display width, so a line
/// longer than its room scrolls to keep the cursor in view.
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Index into `characters` of the character the cursor is on; `characters.count` at the end.
    public private(set) var cursor: Int

    /// Whether the text is a suggestion not yet touched: the first character typed replaces it, as in a field
    /// whose text is selected, so `s`, `30m`, Enter means 30 minutes and not `2h30m`. Moving the cursor keeps it
    /// for editing; Backspace clears it.
    public private(set) var isSuggestion = false

    /// Starts with `text`, the cursor after it.
    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// Starts with `suggestion`, which Enter takes as it is and the first character typed replaces.
    public init(suggesting suggestion: String) {
        self.init(suggestion)
        isSuggestion = !suggestion.isEmpty
    }

    public var text: String { String(characters) }

    /// The text without the blanks a typist leaves at either end.
    public var trimmedText: String {
        var trimmed = characters[...]
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        return String(trimmed)
    }

    /// Applies an editing key; false for keys that do not edit (Enter, Esc and the rest are the caller's).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        if isSuggestion {
            switch key {
            case .character, .backspace, .control("u"):
                characters = []
                cursor = 0
                isSuggestion = false
                if case .character = key { break } else { return true }
            case .left, .right, .home, .end, .control("a"), .control("e"): isSuggestion = false
            default: return false
            }
        }
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        default: return false
        }
        return true
    }

    /// The columns the cursor covers: the character it is on, or one at the end of the line.
    public var cursorWidth: Int { cursor < characters.count ? DisplayWidth.width(of: characters[cursor]) : 1 }

    /// What shows in `width` columns: the stretch of the line that keeps the cursor in view (on a character, as
    /// wide as it; at the end of the line, a column of its own), and the cursor's column within it.
    public func window(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let widths = characters.map { DisplayWidth.width(of: $0) }
        var start = 0
        var beforeCursor = widths[0..<cursor].reduce(0, +)
        while start < cursor, beforeCursor + cursorWidth > width {
            beforeCursor -= widths[start]
            start += 1
        }
        var end = start
        var used = 0
        while end < characters.count, used + widths[end] <= width {
            used += widths[end]
            end += 1
        }
        return (String(characters[start..<end]), beforeCursor)
    }
}
