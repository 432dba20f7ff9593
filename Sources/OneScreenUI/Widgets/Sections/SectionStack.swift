/// Sections stacked top to bottom in the order given, each as tall as `RowBudget` grants it; a section granted no
/// rows is not drawn. This is how one pane layout serves an 80x24 terminal and a wall screen alike.
public struct SectionStack: Widget {
    public var sections: [any PaneSection]

    public init(_ sections: [any PaneSection]) {
        self.sections = sections
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let sizes = RowBudget.split(area.height, among: sections.map { $0.claim(width: area.width) })
        var y = area.y
        for (section, rows) in zip(sections, sizes) where rows > 0 {
            section.render(in: Rect(x: area.x, y: y, width: area.width, height: rows), on: &screen, glyphs: glyphs)
            y += rows
        }
    }
}
