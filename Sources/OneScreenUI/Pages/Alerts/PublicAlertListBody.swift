import OneScreenCore

/// The Alerts page for a viewer who may not read alert texts (a wall screen): the counts per level as on every
/// Alerts page, then the listed alerts counted by rule (how many, how many acknowledged, the oldest), instead of
/// rows of `***`.
struct PublicAlertListBody: Widget {
    let alerts: AlertOverview
    let context: PageContext

    private struct RuleAlerts {
        let rule: String
        let level: AlertLevel
        let alerts: [AlertRecord]

        /// The most severe first, then the rule with the most alerts.
        static func precedes(_ a: RuleAlerts, _ b: RuleAlerts) -> Bool {
            if a.level != b.level { return a.level > b.level }
            if a.alerts.count != b.alerts.count { return a.alerts.count > b.alerts.count }
            return a.rule < b.rule
        }
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let rules = Dictionary(grouping: alerts.newest, by: \.rule)
            .map { rule, alerts -> RuleAlerts in RuleAlerts(rule: rule, level: alerts.map(\.level).max() ?? .businessAnomaly, alerts: alerts) }
            .sorted(by: RuleAlerts.precedes)
        let pane = Pane(title: strings.alertsByRule, rightTitle: format.count(alerts.count), isFocused: true, padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let inner = pane.inner(of: area)
        let parts = inner.rows([.length(inner.height >= 4 ? 1 : 0), .fill(1)])
        let tally = parts[0].inset(horizontal: 1, vertical: 0)
        AlertListBody.levelTally(alerts, context: context, width: tally.width).render(in: tally, on: &screen, glyphs: glyphs)
        let counts = rules.map { format.count($0.alerts.count) }
        let acked = rules.map { format.count($0.alerts.filter(\.isAcknowledged).count) }
        let oldest = rules.map { rule in context.age(since: rule.alerts.map(\.firstSeen).min() ?? context.now) }
        Table(columns: [
            .fitting(rules.map(\.level.label), title: strings.levelColumn, .level),
            TableColumn(strings.ruleColumn, width: .fill(1)),
            .fitting(counts, title: strings.countColumn, .count, alignment: .right),
            .fitting(acked, title: strings.ackedCountColumn, .count, alignment: .right),
            .fitting(oldest, title: strings.oldestColumn, .duration, alignment: .right),
        ], rows: rules.indices.map { index in
            [LevelBadge(rules[index].level).tableCell, TableCell(rules[index].rule), TableCell(counts[index]),
             TableCell(acked[index], style: Style(.ok)), TableCell(oldest[index], style: Style(.muted))]
        }, emptyText: strings.none).render(in: parts[1], on: &screen, glyphs: glyphs)
    }
}
