import OneScreenCore

/// 客户: every customer with kind, region, RFM segment, orders, spend and LTV, most valuable first; filter with `/`,
/// sort by any column with `<` `>` (and `I` the other way), open a customer's 360 with Enter.
struct CustomerListBody: Widget {
    let customers: [CustomerRow]
    let context: PageContext

    /// Below this a customer's name stops saying which one it is (`大润鲜超市（合肥…`): the kind and the region go first.
    static let nameMinimumWidth = 14

    static func model(_ context: PageContext) -> ListModel<CustomerRow> {
        let strings = context.strings
        let format = context.format
        let masks = context.masks
        return ListModel(id: .customers, columns: [
            ListColumn("id", strings.idColumn, .code, priority: 2, order: { .text($0.id) }) { TableCell($0.id, style: Style(.muted)) },
            ListColumn("name", strings.nameColumn, .text, width: .name(weight: 3, least: nameMinimumWidth), priority: 9,
                       order: { .text($0.name) }) { TableCell($0.name) },
            ListColumn("kind", strings.kindColumn, .state, priority: 1, order: { .text(strings.customerKind($0.kind)) }) {
                TableCell(strings.customerKind($0.kind))
            },
            ListColumn("region", strings.regionColumn, .text, width: .constraint(.fill(1)), priority: 3, order: { .text($0.region) }) {
                TableCell($0.region)
            },
            ListColumn("segment", strings.segmentColumn, .state, priority: 4, order: { .text(strings.rfm($0.segment)) }) {
                TableCell(strings.rfmShort($0.segment), style: Style(.accent))
            },
            ListColumn("orders", strings.ordersColumn, .count, alignment: .right, priority: 5, descendingFirst: true,
                       order: { .number(Double($0.orders)) }) { TableCell(format.count($0.orders)) },
            ListColumn("spend", strings.spendColumn, .amount, alignment: .right, priority: 6, descendingFirst: true,
                       order: { .number($0.spend) }) { TableCell(format.amount($0.spend, .orderAmount, masks: masks)) },
            ListColumn("ltv", "LTV", .amount, alignment: .right, priority: 7, descendingFirst: true, order: { .number($0.lifetimeValue) }) {
                TableCell(format.amount($0.lifetimeValue, .customerValue, masks: masks), style: Style(.title, .bold))
            },
        ], standard: SortChoice(column: "ltv", descending: true), searchTexts: { [strings.rfm($0.segment)] })
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let model = Self.model(context)
        let rows = model.rows(customers, navigation: context.navigation)
        let pane = Pane(title: context.strings.customers, rightTitle: context.format.count(rows.count), isFocused: true, padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        model.table(rows, navigation: context.navigation, glyphs: glyphs, selectedRow: context.navigation.selection, hitList: 0,
                    emptyText: context.strings.none)
            .render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }
}
