import OneScreenCore

/// A page's list, declared once: its columns say what each holds, how a row fills it and what it sorts by, so the
/// rows the selection moves over, the table drawn, the `/` filter (every word found in a cell as shown, or in the
/// row's other texts) and the sort (any sortable column, either way, Chinese by pinyin) can never disagree.
struct ListModel<Row> {
    let id: ListID
    let columns: [ListColumn<Row>]
    /// The sort a list starts with.
    let standard: SortChoice
    /// Texts the filter searches besides the cells (an alert's message as stored, a customer's full segment name).
    var searchTexts: (Row) -> [String] = { _ in [] }
    /// A row's alert level, for lists whose filter takes `L1` … `L4`.
    var level: ((Row) -> AlertLevel)?

    var sorting: ListSorting {
        let sortable = columns.filter { $0.order != nil }
        return ListSorting(list: id, columns: sortable.map(\.id), descendingFirst: Set(sortable.filter(\.descendingFirst).map(\.id)),
                           standard: standard)
    }

    func filter(_ navigation: Navigation) -> ListFilter { ListFilter(navigation.activeFilter, levelWords: level != nil) }

    /// `rows` as listed under `navigation`: filtered, then sorted (ties keep their order in `rows`).
    func rows(_ rows: [Row], navigation: Navigation) -> [Row] {
        let filter = filter(navigation)
        let kept = filter.isEmpty ? rows : rows.filter { row in
            filter.matches(columns.map { $0.cell(row).text } + searchTexts(row), level: level?(row))
        }
        let choice = sorting.current(navigation.sorts[id])
        guard let column = columns.first(where: { $0.id == choice.column }), let order = column.order else { return kept }
        let values = kept.map(order)
        let texts = values.map { value -> String in if case .text(let text) = value { text } else { "" } }
        let keys = PinyinOrder.keys(texts)
        let indices = kept.indices.sorted { a, b in
            let order = Self.compare(values[a], keys[a], values[b], keys[b])
            if order == 0 { return a < b }
            // Missing values stay last either way.
            if Self.isMissing(values[a]) || Self.isMissing(values[b]) { return order < 0 }
            return choice.descending ? order > 0 : order < 0
        }
        return indices.map { kept[$0] }
    }

    private static func isMissing(_ value: SortValue) -> Bool {
        if case .number(nil) = value { return true }
        return false
    }

    /// -1, 0 or 1 as `a` sorts before, with or after `b`; missing numbers after every number.
    private static func compare(_ a: SortValue, _ aKey: Int, _ b: SortValue, _ bKey: Int) -> Int {
        switch (a, b) {
        case (.number(let x?), .number(let y?)): x < y ? -1 : x > y ? 1 : 0
        case (.number(nil), .number(nil)): 0
        case (.number(nil), _): 1
        case (_, .number(nil)): -1
        default: aKey < bKey ? -1 : aKey > bKey ? 1 : 0
        }
    }

    /// The table of `shown` (rows as `rows(_:navigation:)` gave them): the sorted column's heading carries its arrow,
    /// and the filter's words are marked where they show.
    func table(_ shown: [Row], navigation: Navigation, glyphs: Glyphs, selectedRow: Int?, hitList: Int?, emptyText: String?) -> Table {
        let choice = sorting.current(navigation.sorts[id])
        let cells = shown.map { row in columns.map { $0.cell(row) } }
        let tableColumns = columns.indices.map { index -> TableColumn in
            let column = columns[index]
            let arrow = column.id == choice.column && column.order != nil ? String(choice.descending ? glyphs.arrowDown : glyphs.arrowUp) : ""
            switch column.width {
            case .fitting:
                return .fitting(cells.map { $0[index].text }, title: column.title + arrow, column.content, alignment: column.alignment)
                    .ranked(column.priority)
            case .constraint(let width):
                return TableColumn(column.title + arrow, column.content, width: width, alignment: column.alignment, priority: column.priority)
            case .name(let weight, let least):
                return TableColumn(column.title + arrow, column.content, width: .fill(weight), alignment: column.alignment,
                                   priority: column.priority).atLeast(least)
            }
        }
        var table = Table(columns: tableColumns, rows: cells, selectedRow: selectedRow, emptyText: emptyText, hitList: hitList)
        table.highlights = filter(navigation).terms
        return table
    }
}
