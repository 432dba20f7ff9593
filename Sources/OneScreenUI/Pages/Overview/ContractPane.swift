import OneScreenCore

/// 合同 Contracts: the pipeline by status with its amounts, then the risks along contract → seal → fulfilment:
/// seal uses without approval (a compliance risk, so listed first), overdue milestones, contracts ending soon.
struct ContractPane: Widget {
    let contracts: ContractOverview
    let context: OverviewContext

    /// Money at work first, then the pipeline backwards from signing, closed contracts last: when the pane has room for
    /// only a few statuses, these are the ones a manager asks about.
    static let displayOrder: [ContractStatus] = [
        .performing, .sealed, .approved, .review, .draft, .completed, .terminated,
    ]

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let pane = context.pane(.contracts, title: strings.contracts,
                                rightTitle: format.count(contracts.byStatus.map(\.count).reduce(0, +)))
        pane.render(in: area, on: &screen, glyphs: glyphs)
        // Count and amount padded apart, so both line up down the column: `  48  3.2亿`.
        let totals = Self.displayOrder.compactMap { status in contracts.byStatus.first { $0.status == status } }
        let counts = totals.map { format.count($0.count) }
        let amounts = totals.map { context.amount($0.amount, .contractAmount) }
        let countWidth = counts.map { DisplayWidth.width(of: $0) }.max() ?? 0
        let amountWidth = amounts.map { DisplayWidth.width(of: $0) }.max() ?? 0
        // Amounts hidden whole would read `***` beside every count: the pipeline is then its counts alone.
        let showsAmounts = !context.hides(.contractAmount)
        let statuses = totals.indices.map { index in
            BreakdownItem(label: strings.contractStatus(totals[index].status),
                          value: showsAmounts ? totals[index].amount : Double(totals[index].count),
                          valueText: DisplayWidth.pad(counts[index], to: countWidth, alignment: .right)
                              + (showsAmounts ? " " + DisplayWidth.pad(amounts[index], to: amountWidth, alignment: .right) : ""))
        }
        guard !context.hides(.contractTitle) else {
            let risks = [(strings.unapprovedSeals, contracts.unapprovedCount, HealthStatus.critical),
                         (strings.overdueMilestones, contracts.overdueCount, .warn), (strings.expiring, contracts.expiringCount, .warn)]
            SectionStack([
                BreakdownSection(strings.byStatus, items: statuses, priority: 0),
                BreakdownSection(strings.contractRisks, items: risks.map { name, count, alarm in
                    BreakdownItem(label: name, value: Double(count), valueText: format.count(count),
                                  valueStyle: count > 0 ? alarm.style : HealthStatus.ok.style)
                }, priority: 1),
            ]).render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
            return
        }
        let sections: [any PaneSection] = [
            BreakdownSection(strings.byStatus, items: statuses, priority: 0),
            ListSection(heading(strings.unapprovedSeals, contracts.unapprovedCount, alarm: .critical),
                        columns: sealColumns, rows: sealRows, priority: 1),
            ListSection(heading(strings.overdueMilestones, contracts.overdueCount, alarm: .warn),
                        columns: overdueColumns, rows: overdueRows, priority: 1),
            ListSection(heading(strings.expiring, contracts.expiringCount, alarm: .warn),
                        columns: expiringColumns, rows: expiringRows, priority: 2),
        ]
        SectionStack(sections).render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }

    /// A risk heading whose count is in `alarm` when there is anything to count, and `ok` when there is not.
    private func heading(_ title: String, _ count: Int, alarm: HealthStatus) -> SectionHeading {
        SectionHeading(title, detail: context.format.count(count),
                       detailStyle: count > 0 ? alarm.style : HealthStatus.ok.style)
    }

    private var sealColumns: [TableColumn] {
        let seals = contracts.unapprovedSeals
        return [
            .fitting(seals.map(\.contract), .code),
            .fitting(seals.map { context.strings.seal($0.seal) }, .state),
            TableColumn("", width: .fill(1)),
            .fitting(seals.map { context.age(since: $0.time) }, .duration, alignment: .right),
        ]
    }

    private var sealRows: [[TableCell]] {
        contracts.unapprovedSeals.map { seal in
            [
                TableCell(seal.contract),
                TableCell(context.strings.seal(seal.seal), style: HealthStatus.critical.style),
                TableCell(seal.requestedBy),
                TableCell(context.age(since: seal.time), style: Style(.muted)),
            ]
        }
    }

    private var overdueColumns: [TableColumn] {
        let milestones = contracts.overdueMilestones
        return [
            .fitting(milestones.map(\.contract), .code),
            TableColumn("", width: .fill(1)),
            .fitting(milestones.map { overdueText($0) }, .state, alignment: .right),
            .fitting(milestones.map { amountText($0.amount) }, .amount, alignment: .right),
        ]
    }

    private var overdueRows: [[TableCell]] {
        contracts.overdueMilestones.map { milestone in
            [
                TableCell(milestone.contract),
                TableCell(milestone.name),
                TableCell(overdueText(milestone), style: Style(.warn, .bold)),
                TableCell(amountText(milestone.amount)),
            ]
        }
    }

    private func overdueText(_ milestone: ContractOverview.OverdueMilestone) -> String {
        context.strings.daysOverdue(context.today.days(since: milestone.due))
    }

    private func amountText(_ amount: Double?) -> String {
        amount.map { context.amount($0, .contractAmount) } ?? DisplayFormat.missing
    }

    private var expiringColumns: [TableColumn] {
        let expiring = contracts.expiring
        return [
            .upTo(expiring.map(\.title)),
            TableColumn("", width: .fill(1)),
            .fitting(expiring.map { context.format.date($0.end) }, .date),
            .fitting(expiring.map { context.strings.daysLeft($0.end.days(since: context.today)) }, .state, alignment: .right),
            .fitting(expiring.map { context.amount($0.amount, .contractAmount) }, .amount, alignment: .right),
        ]
    }

    private var expiringRows: [[TableCell]] {
        contracts.expiring.map { contract in
            [
                TableCell(contract.title),
                TableCell(contract.counterparty, style: Style(.muted)),
                TableCell(context.format.date(contract.end)),
                TableCell(context.strings.daysLeft(contract.end.days(since: context.today)), style: Style(.warn)),
                TableCell(context.amount(contract.amount, .contractAmount)),
            ]
        }
    }
}
