import OneScreenCore

/// 合同: the pipeline by status (count and amount) beside the contract list, largest first; Enter opens the chain.
struct ContractListBody: Widget {
    let contracts: ContractListSnapshot
    let context: PageContext

    static func rows(_ contracts: ContractListSnapshot, filter: String, strings: Strings) -> [ContractRow] {
        contracts.contracts.filter {
            ListFilter.matches(filter, [$0.id, $0.title, $0.counterparty, $0.owner, strings.contractStatus($0.status)])
        }
    }

    /// Wide enough for `履约中  48  3.2亿`.
    static let pipelineWidth = 26

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let parts = area.columns([.length(Self.pipelineWidth), .fill(1)])
        let pipelinePane = Pane(title: strings.pipeline, padding: 0)
        pipelinePane.render(in: parts[0], on: &screen, glyphs: glyphs)
        let totals = ContractPane.displayOrder.compactMap { status in contracts.byStatus.first { $0.status == status } }
        Table(columns: [
            .fitting(totals.map { strings.contractStatus($0.status) }, .state),
            .fitting(totals.map { format.count($0.count) }, .count, alignment: .right),
            TableColumn("", .amount, width: .fill(1), alignment: .right),
        ], rows: totals.map { total in
            [TableCell(strings.contractStatus(total.status)), TableCell(format.count(total.count)),
             TableCell(context.amount(total.amount, .contractAmount), style: Style(.title))]
        }, showsHeader: false).render(in: pipelinePane.inner(of: parts[0]), on: &screen, glyphs: glyphs)

        let rows = Self.rows(contracts, filter: context.navigation.filter, strings: strings)
        let listPane = Pane(title: strings.contractList, rightTitle: format.count(rows.count), isFocused: true, padding: 0)
        listPane.render(in: parts[1], on: &screen, glyphs: glyphs)
        let amounts = rows.map { context.amount($0.amount, .contractAmount) }
        let ends = rows.map { row in row.end.map { context.due($0, open: row.status.isRunning) } ?? DisplayFormat.missing }
        Table(
            columns: [
                .fitting(rows.map(\.id), title: strings.idColumn, .code),
                TableColumn(strings.titleColumn, width: .fill(2)),
                TableColumn(strings.counterpartyColumn, width: .fill(1)),
                .fitting(rows.map { strings.contractStatus($0.status) }, title: strings.statusColumn, .state),
                .fitting(amounts, title: strings.amountColumn, .amount, alignment: .right),
                .fitting(ends, title: strings.endColumn, .date, alignment: .right),
                .fitting(rows.map { "\($0.overdueMilestones)" }, title: strings.overdueColumn, .count, alignment: .right),
            ],
            rows: rows.indices.map { index in
                let row = rows[index]
                return [TableCell(row.id, style: Style(.accent)), TableCell(row.title), TableCell(row.counterparty, style: Style(.muted)),
                        TableCell(strings.contractStatus(row.status)), TableCell(amounts[index]), TableCell(ends[index]),
                        TableCell("\(row.overdueMilestones)", style: row.overdueMilestones > 0 ? Style(.warn, .bold) : Style(.muted))]
            },
            selectedRow: context.navigation.selection, emptyText: strings.none, hitList: 0
        ).render(in: listPane.inner(of: parts[1]), on: &screen, glyphs: glyphs)
    }
}
