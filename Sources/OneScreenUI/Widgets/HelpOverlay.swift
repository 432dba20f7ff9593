/// A framed box in the middle of the screen listing keys and what they do, drawn over whatever is there.
public struct HelpOverlay: Widget {
    public var title: String
    public var keys: [(key: String, text: String)]

    public init(title: String, keys: [(key: String, text: String)]) {
        self.title = title
        self.keys = keys
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let keyWidth = keys.map { DisplayWidth.width(of: $0.key) }.max() ?? 0
        let textWidth = keys.map { DisplayWidth.width(of: $0.text) }.max() ?? 0
        let width = min(area.width, max(keyWidth + textWidth + 6, DisplayWidth.width(of: title) + 6))
        let height = min(area.height, keys.count + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        screen.fill(box)
        let pane = Pane(title: title, isFocused: true, padding: 1)
        pane.render(in: box, on: &screen, glyphs: glyphs)
        KeyValueList(keys.map { KeyValueItem($0.key, $0.text) }, keyStyle: Style(.accent, .bold))
            .render(in: pane.inner(of: box), on: &screen, glyphs: glyphs)
    }
}
