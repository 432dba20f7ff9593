import OneScreenCore

/// 合同详情: the contract along its chain 交易 → 合同 → 用印 → 履约 → 回款: who the deal is with and for how much, every
/// seal use with its approval (unapproved in critical), every milestone due / done / overdue, and the return so far.
struct ContractChainBody: Widget {
    let chain: ContractChain
    let context: PageContext

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let contract = chain.contract
        let parts = area.rows([.length(chain.counterpartyCustomer == nil ? 6 : 7), .fill(1), .fill(2)])
        let head = Pane(title: "\(contract.id)  \(contract.title)", rightTitle: strings.chain, isFocused: true, padding: 1)
        head.render(in: parts[0], on: &screen, glyphs: glyphs)
        let headRows = head.inner(of: parts[0]).rows([.length(4), .fill(1)])
        let columns = headRows[0].columns([.fill(1), .fill(1)])
        if let customer = chain.counterpartyCustomer {
            // The one link of the chain, selected, so Enter opens the counterparty's 360.
            Label("\(strings.links)  \(strings.counterparty360) \(contract.counterparty) \(customer)",
                  style: context.navigation.selection == 0 ? Style(.accent, [.bold, .reverse]) : Style(.accent), wraps: false)
                .render(in: headRows[1], on: &screen, glyphs: glyphs)
        }
        KeyValueList([
            KeyValueItem(strings.counterpartyColumn, contract.counterparty),
            KeyValueItem(strings.amountColumn, context.amount(contract.amount, .contractAmount), style: Style(.title, .bold)),
            KeyValueItem(strings.statusColumn, strings.contractStatus(contract.status)),
            KeyValueItem(strings.owner, contract.owner),
        ]).render(in: columns[0], on: &screen, glyphs: glyphs)
        let share = contract.amount > 0 ? chain.returned / contract.amount : nil
        KeyValueList([
            KeyValueItem(strings.signed, contract.signed.map(context.date) ?? DisplayFormat.missing),
            KeyValueItem(strings.endColumn, contract.end.map { context.due($0, open: contract.status.isRunning) } ?? DisplayFormat.missing),
            KeyValueItem(strings.returned, context.amount(chain.returned, .contractAmount) + " (" + format.percent(share) + ")", style: Style(.ok, .bold)),
            KeyValueItem(strings.overdueColumn, "\(contract.overdueMilestones)",
                         style: contract.overdueMilestones > 0 ? Style(.warn, .bold) : .plain),
        ]).render(in: columns[1], on: &screen, glyphs: glyphs)

        let sealPane = Pane(title: strings.sealUses, rightTitle: format.count(chain.seals.count), padding: 0)
        sealPane.render(in: parts[1], on: &screen, glyphs: glyphs)
        let sealTimes = chain.seals.map { context.when($0.time) }
        Table(columns: [
            .fitting(chain.seals.map(\.id), title: strings.idColumn, .code),
            .fitting(chain.seals.map { strings.seal($0.seal) }, title: strings.sealColumn, .state),
            TableColumn(strings.requestedByColumn, width: .fill(1)),
            TableColumn(strings.approvedBy, width: .fill(1)),
            .fitting(chain.seals.map { strings.sealStatus($0.status) }, title: strings.statusColumn, .state),
            .fitting(sealTimes, title: strings.sealedAtColumn, .time, alignment: .right),
        ], rows: chain.seals.indices.map { index in
            let seal = chain.seals[index]
            return [TableCell(seal.id, style: Style(.muted)), TableCell(strings.seal(seal.seal)), TableCell(seal.requestedBy),
                    seal.isUnapproved ? TableCell(strings.unapproved, style: HealthStatus.critical.style)
                        : TableCell(seal.approvedBy ?? DisplayFormat.missing),
                    TableCell(strings.sealStatus(seal.status)), TableCell(sealTimes[index])]
        }, emptyText: strings.none).render(in: sealPane.inner(of: parts[1]), on: &screen, glyphs: glyphs)

        let milestonePane = Pane(title: strings.milestones, rightTitle: format.count(chain.milestones.count), padding: 0)
        milestonePane.render(in: parts[2], on: &screen, glyphs: glyphs)
        let states = chain.milestones.map(state)
        let amounts = chain.milestones.map { $0.amount.map { context.amount($0, .contractAmount) } ?? DisplayFormat.missing }
        Table(columns: [
            .fitting(chain.milestones.map(\.id), title: strings.idColumn, .code),
            TableColumn(strings.milestoneColumn, width: .fill(1)),
            .fitting(chain.milestones.map { context.date($0.due) }, title: strings.dueColumn, .date),
            .fitting(states.map(\.text), title: strings.statusColumn, .state),
            .fitting(amounts, title: strings.amountColumn, .amount, alignment: .right),
        ], rows: chain.milestones.indices.map { index in
            let milestone = chain.milestones[index]
            return [TableCell(milestone.id, style: Style(.muted)), TableCell(milestone.name), TableCell(context.date(milestone.due)),
                    states[index], TableCell(amounts[index])]
        }, emptyText: strings.none).render(in: milestonePane.inner(of: parts[2]), on: &screen, glyphs: glyphs)
    }

    private func state(_ milestone: MilestoneLine) -> TableCell {
        let strings = context.strings
        if let done = milestone.done { return TableCell(strings.done + " " + context.date(done), style: Style(.ok)) }
        if milestone.isOverdue(today: context.today) {
            return TableCell(strings.daysOverdue(context.today.days(since: milestone.due)), style: Style(.warn, .bold))
        }
        return TableCell(strings.open, style: Style(.muted))
    }
}
