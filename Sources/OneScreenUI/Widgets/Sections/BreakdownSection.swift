/// A total split into parts (customers per segment, contracts per status, alerts per level) that adapts to its rows:
/// with a row per part (and one for the title) every part gets a bar against the largest, which fills a wall screen
/// with something worth reading; with less it folds into a `TallyGrid` of figures, long labels if they fit the rows,
/// short ones if not. Needs one row.
public struct BreakdownSection: PaneSection {
    public var title: String
    public var items: [BreakdownItem]
    public var priority: Int

    /// Narrower than this, bars are too short to compare and the figures alone say more.
    public static let minimumBarWidth = 30

    public init(_ title: String, items: [BreakdownItem], priority: Int) {
        self.title = title
        self.items = items
        self.priority = priority
    }

    /// Usable heights: any part of the grid from its first row (the first parts, so order them by importance) to all
    /// of it with long labels, and a heading plus a bar per part when wide enough.
    public func claim(width: Int) -> RowBudget.Claim {
        var sizes = Array(1...max(1, grid(long: true).rowsNeeded(in: width)))
        if width >= Self.minimumBarWidth { sizes.append(1 + items.count) }
        return RowBudget.Claim(sizes: sizes, priority: priority)
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        if area.height > items.count, area.width >= Self.minimumBarWidth {
            renderBars(in: area, on: &screen, glyphs: glyphs)
            return
        }
        let long = grid(long: true)
        let fitting = long.rowsNeeded(in: area.width) <= area.height ? long : grid(long: false)
        fitting.render(in: area, on: &screen, glyphs: glyphs)
    }

    private func grid(long: Bool) -> TallyGrid {
        TallyGrid(items.map { item in
            TallyItem(long ? item.label : item.shortLabel, item.valueText, labelStyle: item.labelStyle,
                      valueStyle: item.valueStyle)
        })
    }

    private func renderBars(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        SectionHeading(title).render(in: area.row(0), on: &screen, glyphs: glyphs)
        let largest = items.map(\.value).filter(\.isFinite).max() ?? 0
        let labelWidth = items.map { DisplayWidth.width(of: $0.label) }.max() ?? 0
        let valueWidth = items.map { DisplayWidth.width(of: $0.valueText) }.max() ?? 0
        for (index, item) in items.enumerated() {
            // Figures padded to one width, so every bar starts and ends in the same columns.
            Gauge(label: item.label, value: item.value, range: 0...max(largest, 1),
                  valueText: DisplayWidth.pad(item.valueText, to: valueWidth, alignment: .right),
                  role: item.barRole, labelWidth: labelWidth, labelStyle: item.labelStyle)
                .render(in: area.row(1 + index), on: &screen, glyphs: glyphs)
        }
    }
}
