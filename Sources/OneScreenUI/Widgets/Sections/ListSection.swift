/// A heading over rows of a table without column titles (the heading says what the rows are, and a wall screen reads
/// better without a second header line). Needs the heading and one row; an empty list is its heading alone.
public struct ListSection: PaneSection {
    public var heading: SectionHeading
    public var columns: [TableColumn]
    public var rows: [[TableCell]]
    public var priority: Int

    public init(_ heading: SectionHeading, columns: [TableColumn], rows: [[TableCell]], priority: Int) {
        self.heading = heading
        self.columns = columns
        self.rows = rows
        self.priority = priority
    }

    public func claim(width: Int) -> RowBudget.Claim {
        RowBudget.Claim(minimum: rows.isEmpty ? 1 : 2, wanted: 1 + rows.count, priority: priority)
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        heading.render(in: area.row(0), on: &screen, glyphs: glyphs)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        Table(columns: columns, rows: rows, showsHeader: false).render(in: body, on: &screen, glyphs: glyphs)
    }
}
