/// Text in a rectangle: a paragraph wrapped by display width (Chinese at any character, Latin at spaces), or single
/// lines cut with `…`. When the text does not fit the height, the last line shown ends with `…`, so a reader knows
/// there is more.
public struct Label: Widget {
    public var text: String
    public var style: Style
    public var alignment: Alignment
    /// Wrap long lines (paragraphs) or cut them (headings, table-like lines).
    public var wraps: Bool

    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left, wraps: Bool = true) {
        self.text = text
        self.style = style
        self.alignment = alignment
        self.wraps = wraps
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let lines = wraps
            ? LineWrapper.wrap(text, width: area.width)
            : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (row, line) in lines.prefix(area.height).enumerated() {
            var shown = DisplayWidth.truncate(line, to: area.width, ellipsis: glyphs.ellipsis)
            if row == area.height - 1, lines.count > area.height {
                let room = area.width - DisplayWidth.width(of: glyphs.ellipsis)
                shown = DisplayWidth.truncate(line, to: room, ellipsis: "") + glyphs.ellipsis
            }
            screen.put(DisplayWidth.pad(shown, to: area.width, alignment: alignment),
                       at: area.x, y: area.y + row, maxWidth: area.width, style: style)
        }
    }
}
