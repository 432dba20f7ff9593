/// Any widget as a section of exactly `rows` rows (a gauge, a heading).
public struct RowSection<Content: Widget>: PaneSection {
    public var content: Content
    public var rows: Int
    public var priority: Int

    public init(_ content: Content, rows: Int = 1, priority: Int) {
        self.content = content
        self.rows = rows
        self.priority = priority
    }

    public func claim(width: Int) -> RowBudget.Claim {
        RowBudget.Claim(minimum: rows, wanted: rows, priority: priority)
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        content.render(in: area, on: &screen, glyphs: glyphs)
    }
}
