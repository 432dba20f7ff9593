/// Rows under a heading, in columns sized by `Layout`, each cell cut with `…` and padded by display width so Chinese
/// and Latin cells line up. A column that would not get its least width (`.length`: a figure, a date, a code;
/// `.min`: a name that is useless shorter) is left out whole, the lowest `priority` first and among equals the last,
/// and its room goes to the others: a cut number misleads where a cut name does not. A selected row is highlighted
/// with the `selection` role; the rows scroll so that the selection stays in view.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rows: [[TableCell]]
    /// Index into `rows` of the highlighted row.
    public var selectedRow: Int?
    /// Index of the first row shown, when there are more rows than fit (adjusted to keep `selectedRow` visible).
    public var scrollOffset: Int
    public var showsHeader: Bool
    public var columnSpacing: Int
    public var headerStyle: Style
    /// Shown, muted, instead of rows when there are none, so an empty table reads as "nothing" and not as "broken".
    public var emptyText: String?
    /// When set, every row drawn is marked on the screen as a click on row `index` of this list of the page.
    public var hitList: Int?
    /// Words (lowercased) marked wherever they show in a cell: what the list's filter found.
    public var highlights: [String] = []

    public init(columns: [TableColumn], rows: [[TableCell]], selectedRow: Int? = nil, scrollOffset: Int = 0,
                showsHeader: Bool = true, columnSpacing: Int = 1, headerStyle: Style = Style(.title, .bold),
                emptyText: String? = nil, hitList: Int? = nil) {
        self.columns = columns
        self.rows = rows
        self.selectedRow = selectedRow
        self.scrollOffset = scrollOffset
        self.showsHeader = showsHeader
        self.columnSpacing = columnSpacing
        self.headerStyle = headerStyle
        self.emptyText = emptyText
        self.hitList = hitList
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let slots = visibleColumns(in: area)
        var y = area.y
        if showsHeader {
            for (column, slot) in slots {
                draw(columns[column].title, in: slot, y: y, alignment: columns[column].alignment, style: headerStyle,
                     on: &screen, glyphs: glyphs)
            }
            y += 1
        }
        let visible = area.bottom - y
        guard visible > 0 else { return }
        if rows.isEmpty, let emptyText {
            Label(emptyText, style: Style(.muted), wraps: false)
                .render(in: Rect(x: area.x, y: y, width: area.width, height: 1), on: &screen, glyphs: glyphs)
            return
        }
        let offset = firstVisibleRow(visible: visible)
        if screen.tables != nil {
            screen.tables?.append(DrawnTable(
                columns: slots.map { DrawnTable.Column(title: showsHeader ? columns[$0.column].title : "", content: columns[$0.column].content) },
                rows: rows.dropFirst(offset).prefix(visible).map { row in slots.map { $0.column < row.count ? row[$0.column].text : "" } }))
        }
        for (index, row) in rows.enumerated().dropFirst(offset).prefix(visible) {
            for (column, slot) in slots {
                let cell = column < row.count ? row[column] : TableCell("")
                draw(cell.text, in: slot, y: y, alignment: columns[column].alignment, style: cell.style ?? .plain,
                     on: &screen, glyphs: glyphs)
            }
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            if index == selectedRow {
                // Over the whole row, gaps included, keeping each cell's own colour.
                screen.patchStyle(Style(background: .selection), in: line)
            }
            if let hitList { screen.mark(line, as: .row(list: hitList, index: index)) }
            y += 1
        }
    }

    /// The columns shown in `area`, each with its slot.
    func visibleColumns(in area: Rect) -> [(column: Int, slot: Rect)] {
        var shown = Array(columns.indices)
        while true {
            let slots = Layout(.horizontal, shown.map { columns[$0].width }, spacing: columnSpacing).split(area)
            let isCut = zip(shown, slots).contains { column, slot in slot.width < columns[column].leastWidth }
            let droppable = shown.filter { columns[$0].leastWidth > 0 }
            // The lowest priority goes first; `min` keeps the first of equals it meets, so reversed, the last.
            guard isCut, let dropped = droppable.reversed().min(by: { columns[$0].priority < columns[$1].priority }) else {
                return zip(shown, slots).map { (column: $0, slot: $1) }
            }
            shown.removeAll { $0 == dropped }
        }
    }

    /// The first row to draw when `visible` rows fit: the scroll offset, kept within the rows and moved just enough to
    /// show the selection.
    func firstVisibleRow(visible: Int) -> Int {
        var offset = min(max(0, scrollOffset), max(0, rows.count - visible))
        if let selectedRow, rows.indices.contains(selectedRow) {
            if selectedRow < offset {
                offset = selectedRow
            } else if selectedRow >= offset + visible {
                offset = selectedRow - visible + 1
            }
        }
        return offset
    }

    private func draw(_ text: String, in slot: Rect, y: Int, alignment: Alignment, style: Style,
                      on screen: inout Screen, glyphs: Glyphs) {
        guard slot.width > 0 else { return }
        let shown = DisplayWidth.fit(text, to: slot.width, alignment: alignment, ellipsis: glyphs.ellipsis)
        screen.put(shown, at: slot.x, y: y, maxWidth: slot.width, style: style)
        guard !highlights.isEmpty else { return }
        for match in Self.matches(of: highlights, in: shown) {
            screen.patchStyle(Self.highlight, in: Rect(x: slot.x + match.column, y: y, width: match.width, height: 1))
        }
    }

    /// How a word the filter found is marked: underlined and bold, which shows without colour and keeps the cell's.
    static let highlight = Style(attributes: [.bold, .underline])

    /// Where each of `terms` shows in `text`, ignoring case: the column it starts at and how many it covers.
    static func matches(of terms: [String], in text: String) -> [(column: Int, width: Int)] {
        let characters = Array(text)
        let lowered = characters.map { String($0).lowercased() }
        var found: [(column: Int, width: Int)] = []
        for term in terms where !term.isEmpty {
            let wanted = term.map { String($0) }
            guard wanted.count <= lowered.count else { continue }
            var column = 0
            for start in 0...(lowered.count - wanted.count) {
                if Array(lowered[start..<start + wanted.count]) == wanted {
                    found.append((column, characters[start..<start + wanted.count].reduce(0) { $0 + DisplayWidth.width(of: $1) }))
                }
                column += DisplayWidth.width(of: characters[start])
            }
        }
        return found
    }
}
