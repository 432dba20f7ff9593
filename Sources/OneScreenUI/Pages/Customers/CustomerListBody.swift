import OneScreenCore

/// 客户: every customer with kind, region, RFM segment, orders, spend and LTV; filter with `/`, sort with ← →, open a
/// customer's 360 with Enter.
struct CustomerListBody: Widget {
    let customers: [CustomerRow]
    let context: PageContext

    static func rows(_ customers: [CustomerRow], navigation: Navigation, strings: Strings) -> [CustomerRow] {
        let sort = CustomerSort(rawValue: navigation.sort) ?? .lifetimeValue
        return sort.ordered(customers.filter {
            ListFilter.matches(navigation.filter, [$0.id, $0.name, $0.region, strings.customerKind($0.kind), strings.rfm($0.segment)])
        })
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let rows = Self.rows(customers, navigation: context.navigation, strings: strings)
        let sort = CustomerSort(rawValue: context.navigation.sort) ?? .lifetimeValue
        let pane = Pane(title: strings.customers + "  " + strings.sortedBy(sort.title(strings)),
                        rightTitle: format.count(rows.count), isFocused: true, padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let orders = rows.map { format.count($0.orders) }
        let spend = rows.map { context.amount($0.spend, .orderAmount) }
        let ltv = rows.map { context.amount($0.lifetimeValue, .customerValue) }
        Table(
            columns: [
                .fitting(rows.map(\.id), title: strings.idColumn, .code),
                TableColumn(strings.nameColumn, width: .fill(3)),
                .fitting(rows.map { strings.customerKind($0.kind) }, title: strings.kindColumn, .state),
                TableColumn(strings.regionColumn, width: .fill(1)),
                .fitting(rows.map { strings.rfmShort($0.segment) }, title: strings.segmentColumn, .state),
                .fitting(orders, title: strings.ordersColumn, .count, alignment: .right),
                .fitting(spend, title: strings.spendColumn, .amount, alignment: .right),
                .fitting(ltv, title: "LTV", .amount, alignment: .right),
            ],
            rows: rows.indices.map { index in
                let row = rows[index]
                return [TableCell(row.id, style: Style(.muted)), TableCell(row.name), TableCell(strings.customerKind(row.kind)),
                        TableCell(row.region), TableCell(strings.rfmShort(row.segment), style: Style(.accent)),
                        TableCell(orders[index]), TableCell(spend[index]), TableCell(ltv[index], style: Style(.title, .bold))]
            },
            selectedRow: context.navigation.selection, emptyText: strings.none, hitList: 0
        ).render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }
}
