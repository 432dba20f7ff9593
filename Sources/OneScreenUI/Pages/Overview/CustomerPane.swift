import OneScreenCore

/// 客户 Customers: how many sit in each RFM segment, the most valuable customers, and the moments of truth of the
/// coming week with the action each calls for.
struct CustomerPane: Widget {
    let customers: CustomerOverview
    let context: OverviewContext

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let pane = context.pane(.customers, title: strings.customers, rightTitle: format.count(customers.total))
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let segments = customers.segments.map { entry in
            BreakdownItem(label: strings.rfm(entry.segment), shortLabel: strings.rfmShort(entry.segment),
                          value: Double(entry.count), valueText: format.count(entry.count))
        }
        // A viewer who may not see names gets the week's moments counted by kind, and no ranking of masked names.
        let sections: [any PaneSection] = context.hides(.customerName) ? [
            BreakdownSection(strings.rfmSegments, items: segments, priority: 0),
            BreakdownSection(strings.momentsByKind, items: MomentKind.allCases.map { kind in
                let count = customers.upcomingMoments.filter { $0.kind == kind }.count
                return BreakdownItem(label: strings.moment(kind), value: Double(count), valueText: format.count(count))
            }, priority: 1),
        ] : [
            BreakdownSection(strings.rfmSegments, items: segments, priority: 0),
            ListSection(SectionHeading(strings.topByValue, detail: customers.topByValue.isEmpty ? strings.none : ""),
                        columns: valueColumns, rows: valueRows, priority: 1),
            ListSection(SectionHeading(strings.upcomingMoments, detail: format.count(customers.upcomingMoments.count)),
                        columns: momentColumns, rows: momentRows, priority: 1),
        ]
        SectionStack(sections).render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }

    private var valueColumns: [TableColumn] {
        [
            TableColumn("", width: .fill(1)),
            .fitting(customers.topByValue.map { context.strings.rfmShort($0.segment) }, .state),
            .fitting(customers.topByValue.map { context.amount($0.lifetimeValue, .customerValue) }, .amount, alignment: .right),
        ]
    }

    private var valueRows: [[TableCell]] {
        customers.topByValue.map { customer in
            [
                TableCell(customer.name),
                TableCell(context.strings.rfmShort(customer.segment), style: Style(.muted)),
                TableCell(context.amount(customer.lifetimeValue, .customerValue), style: Style(.accent, .bold)),
            ]
        }
    }

    private var momentColumns: [TableColumn] {
        let moments = customers.upcomingMoments
        return [
            .fitting(moments.map { context.format.date($0.date) }, .date),
            .upTo(moments.map(\.customerName)),
            .fitting(moments.map { context.strings.moment($0.kind) }, .state),
            TableColumn("", width: .fill(1)),
        ]
    }

    private var momentRows: [[TableCell]] {
        customers.upcomingMoments.map { moment in
            let soon = moment.date.days(since: context.today) <= 1
            return [
                TableCell(context.format.date(moment.date), style: Style(soon ? .warn : .muted)),
                TableCell(moment.customerName),
                TableCell(context.strings.moment(moment.kind), style: Style(.accent)),
                moment.action.map { TableCell($0) } ?? TableCell(context.strings.noActionYet, style: Style(.muted)),
            ]
        }
    }
}
