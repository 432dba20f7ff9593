/// A framed box in the middle of the screen listing keys and what they do, drawn over whatever is there. When one
/// column of keys is taller than the screen, they go into two (or three) columns, each key whole and its text cut
/// with `…` if it must be: at the least usable size every key still shows.
public struct HelpOverlay: Widget {
    public var title: String
    public var keys: [(key: String, text: String)]

    /// More columns than this would leave a text a few characters; no page has that many keys.
    static let maximumColumns = 3
    /// Blank columns between two columns of keys.
    static let gap = 2

    public init(title: String, keys: [(key: String, text: String)]) {
        self.title = title
        self.keys = keys
    }

    /// How many columns the keys need to fit `rows` rows.
    func columns(rows: Int) -> Int {
        guard rows > 0 else { return Self.maximumColumns }
        return min(Self.maximumColumns, max(1, (keys.count + rows - 1) / rows))
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard area.width >= 4, area.height >= 3 else { return }
        // Frame and one column of padding either side.
        let columns = columns(rows: area.height - 2)
        let rows = (keys.count + columns - 1) / columns
        let keyWidth = keys.map { DisplayWidth.width(of: $0.key) }.max() ?? 0
        let textWidth = keys.map { DisplayWidth.width(of: $0.text) }.max() ?? 0
        let natural = columns * (keyWidth + 1 + textWidth) + (columns - 1) * Self.gap + 4
        let width = min(area.width, max(natural, DisplayWidth.width(of: title) + 6))
        let height = min(area.height, rows + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        screen.fill(box)
        let pane = Pane(title: title, isFocused: true, padding: 1)
        pane.render(in: box, on: &screen, glyphs: glyphs)
        let inner = pane.inner(of: box)
        let slots = inner.columns(Array(repeating: .fill(1), count: columns), spacing: Self.gap)
        for (index, slot) in slots.enumerated() {
            let chunk = keys.dropFirst(index * rows).prefix(rows)
            var list = KeyValueList(chunk.map { KeyValueItem($0.key, $0.text) }, keyStyle: Style(.accent, .bold), keyWidth: keyWidth)
            list.keepsKeys = true
            list.render(in: slot, on: &screen, glyphs: glyphs)
        }
    }
}
