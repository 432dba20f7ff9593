import OneScreenCore

/// 客户360: profile and RFM/value on the left (with 12 months of orders as a sparkline), tags, moments of truth,
/// look-alikes and next best actions on the right.
struct Customer360Body: Widget {
    let customer: Customer360
    let context: PageContext

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let row = customer.row
        let halves = area.columns([.fill(1), .fill(1)])
        let left = halves[0].rows([.length(9), .fill(1)])
        let right = halves[1].rows([.fill(1), .fill(1), .fill(1)])

        section("\(row.name)  \(row.id)", in: left[0], on: &screen, glyphs: glyphs, focused: true) { area, screen in
            KeyValueList([
                KeyValueItem(strings.kindColumn, strings.customerKind(row.kind) + " · " + row.region),
                KeyValueItem(strings.channel, customer.channel),
                KeyValueItem(strings.contact, customer.contact ?? DisplayFormat.missing),
                KeyValueItem(strings.phone, customer.phone ?? DisplayFormat.missing),
                KeyValueItem(strings.vip, customer.vipLevel.map { "VIP\($0)" } ?? DisplayFormat.missing),
                KeyValueItem(strings.risk, customer.riskPreference.map(strings.riskPreference) ?? DisplayFormat.missing),
                KeyValueItem(strings.since, customer.since.map { $0.description } ?? DisplayFormat.missing),
            ]).render(in: area, on: &screen, glyphs: glyphs)
        }
        section(strings.rfmAndValue, in: left[1], on: &screen, glyphs: glyphs) { area, screen in
            let parts = area.rows([.length(4), .length(1), .fill(1)])
            let scores = customer.scores
            KeyValueList([
                KeyValueItem(strings.segmentColumn, strings.rfm(row.segment), style: Style(.accent, .bold)),
                KeyValueItem(strings.scores, "\(scores.recency)/\(scores.frequency)/\(scores.monetary)"),
                KeyValueItem(strings.ordersColumn + " / " + strings.spendColumn, format.count(row.orders) + " / " + context.amount(row.spend, .orderAmount)),
                KeyValueItem("LTV", context.amount(row.lifetimeValue, .customerValue), style: Style(.title, .bold)),
            ]).render(in: parts[0], on: &screen, glyphs: glyphs)
            Label(strings.orderHistory, style: Style(.muted), wraps: false).render(in: parts[1], on: &screen, glyphs: glyphs)
            let format = context.format
            BarChart(values: customer.monthlySpend.map { $0 }, labels: monthLabels(count: customer.monthlySpend.count)) { value in
                format.amount(value)
            }.render(in: parts[2], on: &screen, glyphs: glyphs)
        }
        section(strings.tags, in: right[0], on: &screen, glyphs: glyphs) { area, screen in
            Table(columns: [
                .fitting(customer.tags.map { strings.tagKind($0.kind) }),
                .upTo(customer.tags.map(\.key)),
                TableColumn("", width: .fill(1)),
            ], rows: customer.tags.map { tag in
                [TableCell(strings.tagKind(tag.kind), style: Style(.muted)), TableCell(tag.key), TableCell(tag.value, style: Style(.accent))]
            }, showsHeader: false, emptyText: strings.none).render(in: area, on: &screen, glyphs: glyphs)
        }
        section(strings.moments, in: right[1], on: &screen, glyphs: glyphs) { area, screen in
            Table(columns: [
                .fitting(customer.moments.map { format.date($0.date) }),
                .fitting(customer.moments.map { strings.moment($0.kind) }),
                TableColumn("", width: .fill(1)),
            ], rows: customer.moments.map { moment in
                [TableCell(format.date(moment.date)), TableCell(strings.moment(moment.kind), style: Style(.accent)),
                 TableCell(moment.action ?? strings.noActionYet, style: Style(.muted))]
            }, showsHeader: false, emptyText: strings.none).render(in: area, on: &screen, glyphs: glyphs)
        }
        let lower = right[2].columns([.fill(1), .fill(1)])
        section(strings.shopLikeYou, in: lower[0], on: &screen, glyphs: glyphs) { area, screen in
            Table(columns: [
                TableColumn("", width: .fill(1)),
                .fitting(customer.similar.map { format.percent($0.similarity) }, alignment: .right),
            ], rows: customer.similar.map { [TableCell($0.name), TableCell(format.percent($0.similarity), style: Style(.muted))] },
            showsHeader: false, emptyText: strings.none).render(in: area, on: &screen, glyphs: glyphs)
        }
        section(strings.nextBestActions, in: lower[1], on: &screen, glyphs: glyphs) { area, screen in
            Table(columns: [TableColumn("", width: .fill(1))],
                  rows: customer.nextBestCategories.map { [TableCell(strings.recommend($0), style: Style(.ok))] },
                  showsHeader: false, emptyText: strings.none).render(in: area, on: &screen, glyphs: glyphs)
        }
    }

    /// The months of the spend chart, oldest first and this month last, as their numbers (`12 1 2 …`): short enough
    /// for a label under every bar or every other one, in both languages.
    private func monthLabels(count: Int) -> [String] {
        let month = context.today.components.month
        return (0..<count).map { index in
            let back = count - 1 - index
            return "\((month - 1 - back % 12 + 12) % 12 + 1)"
        }
    }

    private func section(_ title: String, in area: Rect, on screen: inout Screen, glyphs: Glyphs, focused: Bool = false,
                         content: (Rect, inout Screen) -> Void) {
        let pane = Pane(title: title, isFocused: focused, padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        content(pane.inner(of: area), &screen)
    }
}
