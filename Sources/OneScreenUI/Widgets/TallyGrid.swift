/// Small labelled figures packed into as many equal columns as fit, row by row, with every label and every value
/// lined up by display width:
///
/// ```
/// 重要价值   120  重要发展    85  重要保持    40
/// 重要挽留    12  一般价值   310  一般发展   204
/// ```
///
/// Items that do not fit the rows are left out from the end, so put the most important first.
public struct TallyGrid: Widget {
    public var items: [TallyItem]
    /// Blank columns between two cells.
    public var gap: Int

    public init(_ items: [TallyItem], gap: Int = 2) {
        self.items = items
        self.gap = max(0, gap)
    }

    /// How many cells fit side by side in `width` columns (at least one, which is then cut to fit).
    public func columns(in width: Int) -> Int {
        max(1, (width + gap) / (cellWidth + gap))
    }

    /// Rows needed to show every item in `width` columns.
    public func rowsNeeded(in width: Int) -> Int {
        let perRow = columns(in: width)
        return (items.count + perRow - 1) / perRow
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty, !items.isEmpty else { return }
        let perRow = columns(in: area.width)
        let slot = perRow == 1 ? area.width : cellWidth
        let valueColumns = min(valueWidth, slot)
        let labelColumns = max(0, slot - valueColumns - 1)
        for (index, item) in items.prefix(perRow * area.height).enumerated() {
            let x = area.x + (index % perRow) * (cellWidth + gap)
            let y = area.y + index / perRow
            if labelColumns > 0 {
                screen.put(DisplayWidth.fit(item.label, to: labelColumns, ellipsis: glyphs.ellipsis), at: x, y: y,
                           maxWidth: labelColumns, style: item.labelStyle)
            }
            screen.put(DisplayWidth.fit(item.value, to: valueColumns, alignment: .right, ellipsis: glyphs.ellipsis),
                       at: x + slot - valueColumns, y: y, maxWidth: valueColumns, style: item.valueStyle)
        }
    }

    private var labelWidth: Int { items.map { DisplayWidth.width(of: $0.label) }.max() ?? 0 }
    private var valueWidth: Int { items.map { DisplayWidth.width(of: $0.value) }.max() ?? 0 }
    private var cellWidth: Int { labelWidth + 1 + valueWidth }
}
