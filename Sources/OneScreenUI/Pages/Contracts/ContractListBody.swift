import OneScreenCore

/// 合同: the pipeline by status (count and amount) beside the contract list, largest first; Enter opens the chain.
/// The pipeline gives its room to the list when there is nothing in it.
struct ContractListBody: Widget {
    let contracts: ContractListSnapshot
    let context: PageContext

    /// Wide enough for `履约中  48  3.2亿`.
    static let pipelineWidth = 26
    /// Narrower than this the pipeline gives its columns to the list: a title matters more than totals the overview
    /// shows too.
    static let pipelineFromWidth = 100
    /// Below this a title stops saying which contract it is: the counterparty and the overdue count go first.
    static let titleMinimumWidth = 12

    static func model(_ context: PageContext) -> ListModel<ContractRow> {
        let strings = context.strings
        return ListModel(id: .contracts, columns: [
            ListColumn("id", strings.idColumn, .code, priority: 8, order: { .text($0.id) }) { TableCell($0.id, style: Style(.accent)) },
            ListColumn("title", strings.titleColumn, .text, width: .name(weight: 2, least: titleMinimumWidth), priority: 9, order: { .text($0.title) }) {
                TableCell($0.title)
            },
            ListColumn("counterparty", strings.counterpartyColumn, .text, width: .constraint(.fill(1)), priority: 3,
                       order: { .text($0.counterparty) }) { TableCell($0.counterparty, style: Style(.muted)) },
            ListColumn("status", strings.statusColumn, .state, priority: 5,
                       order: { row in .number(Double(ContractPane.displayOrder.firstIndex(of: row.status) ?? 0)) }) {
                TableCell(strings.contractStatus($0.status))
            },
            ListColumn("amount", strings.amountColumn, .amount, alignment: .right, priority: 7, descendingFirst: true,
                       order: { .number($0.amount) }) { TableCell(context.amount($0.amount, .contractAmount)) },
            ListColumn("end", strings.endColumn, .date, alignment: .right, priority: 6, order: { .number($0.end.map { Double($0.daysSinceEpoch) }) }) { row in
                let late = row.end.map { row.status.isRunning && $0 < context.today } ?? false
                return TableCell(row.end.map { context.due($0, open: row.status.isRunning) } ?? DisplayFormat.missing,
                                 style: late ? Style(.warn, .bold) : .plain)
            },
            ListColumn("overdue", strings.overdueColumn, .count, alignment: .right, priority: 4, descendingFirst: true,
                       order: { .number(Double($0.overdueMilestones)) }) {
                TableCell("\($0.overdueMilestones)", style: $0.overdueMilestones > 0 ? Style(.warn, .bold) : Style(.muted))
            },
        ], standard: SortChoice(column: "amount", descending: true), searchTexts: { [$0.owner] })
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let totals = ContractPane.displayOrder.compactMap { status in contracts.byStatus.first { $0.status == status } }
        let parts = totals.isEmpty || area.width < Self.pipelineFromWidth ? [Rect(x: area.x, y: area.y, width: 0, height: 0), area]
            : area.columns([.length(Self.pipelineWidth), .fill(1)])
        if !parts[0].isEmpty {
            let pipelinePane = Pane(title: strings.pipeline, padding: 0)
            pipelinePane.render(in: parts[0], on: &screen, glyphs: glyphs)
            Table(columns: [
                .fitting(totals.map { strings.contractStatus($0.status) }, .state),
                .fitting(totals.map { format.count($0.count) }, .count, alignment: .right),
                TableColumn("", .amount, width: .fill(1), alignment: .right),
            ], rows: totals.map { total in
                [TableCell(strings.contractStatus(total.status)), TableCell(format.count(total.count)),
                 TableCell(context.hides(.contractAmount) ? "" : context.amount(total.amount, .contractAmount), style: Style(.title))]
            }, showsHeader: false).render(in: pipelinePane.inner(of: parts[0]), on: &screen, glyphs: glyphs)
        }
        let model = Self.model(context)
        let rows = model.rows(contracts.contracts, navigation: context.navigation)
        let listPane = Pane(title: strings.contractList, rightTitle: format.count(rows.count), isFocused: true, padding: 0)
        listPane.render(in: parts[1], on: &screen, glyphs: glyphs)
        model.table(rows, navigation: context.navigation, glyphs: glyphs, selectedRow: context.navigation.selection, hitList: 0,
                    emptyText: strings.none)
            .render(in: listPane.inner(of: parts[1]), on: &screen, glyphs: glyphs)
    }
}
