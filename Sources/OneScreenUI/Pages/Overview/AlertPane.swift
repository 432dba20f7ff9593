import OneScreenCore

/// 预警 Alerts: open alerts (firing and acknowledged) per level, then the open alerts newest first, with the pending
/// ones counted apart. Each carries its level as `L1` … `L4` in the
/// level's colour and as text, its age, its subject and a mark once someone has acknowledged it, so the pane reads the
/// same without colour.
struct AlertPane: Widget {
    let alerts: AlertOverview
    let context: OverviewContext

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let pane = context.pane(.alerts, title: strings.alerts, rightTitle: context.format.count(alerts.count))
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let levels = AlertLevel.allCases.map { level in
            let count = alerts.count(level)
            let badge = LevelBadge(level)
            return BreakdownItem(label: "\(badge.code) \(strings.level(level))", shortLabel: badge.code,
                                 value: Double(count), valueText: context.format.count(count),
                                 labelStyle: badge.style, valueStyle: count > 0 ? badge.style : Style(.muted),
                                 barRole: badge.role)
        }
        // A viewer who may not read alert texts gets the open alerts counted by state, not rows of `***`.
        let list: any PaneSection = context.hides(.alertText)
            ? BreakdownSection(strings.openByState, items: [AlertState.firing, .acknowledged, .pending].map { state in
                let count = state == .pending ? alerts.pending : alerts.newest.filter { $0.state == state }.count
                return BreakdownItem(label: strings.alertState(state), value: Double(count), valueText: context.format.count(count),
                                     valueStyle: count > 0 ? AlertListBody.style(of: state) : Style(.muted))
            }, priority: 1)
            : ListSection(SectionHeading(strings.openAlerts, detail: strings.openCount(context.format.count(alerts.count), pending: alerts.pending)),
                          columns: columns(glyphs: glyphs), rows: rows(glyphs: glyphs), priority: 1)
        let sections: [any PaneSection] = [BreakdownSection(strings.byLevel, items: levels, priority: 0), list]
        SectionStack(sections).render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }

    private func columns(glyphs: Glyphs) -> [TableColumn] {
        [
            .fitting(alerts.newest.map(\.level.label), .level),
            .fitting([String(glyphs.check)], .state),
            .fitting(alerts.newest.map { context.age(since: $0.firstSeen) }, .duration, alignment: .right),
            .upTo(alerts.newest.map(\.subject)),
            TableColumn("", width: .fill(1)),
        ]
    }

    private func rows(glyphs: Glyphs) -> [[TableCell]] {
        alerts.newest.map { alert in
            let badge = LevelBadge(alert.level)
            let quiet = alert.isAcknowledged ? Style(.muted) : .plain
            return [
                badge.tableCell,
                TableCell(alert.isAcknowledged ? String(glyphs.check) : "", style: Style(.ok, .bold)),
                TableCell(context.age(since: alert.firstSeen), style: Style(.muted)),
                TableCell(alert.subject, style: quiet),
                TableCell(context.messages.text(of: alert), style: Style(.muted)),
            ]
        }
    }
}
