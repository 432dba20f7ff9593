import OneScreenCore

/// 预警: the alerts in the chosen states per level (pending apart on the open list), then the alerts, newest first, each with its level as a
/// badge, state, acknowledged mark, age, rule, subject, count and message. The selected row carries a `>` besides
/// the selection colour, so it shows on a terminal without colour too.
struct AlertListBody: Widget {
    let alerts: AlertOverview
    let context: PageContext

    /// Marks the selected row.
    static let pointer = ">"

    /// The alerts as listed: through the `/` filter, whose `L1` … `L4` words pick levels. The message is matched as
    /// the viewer reads it (and as stored), so `/公章` finds what the screen says 公章.
    static func rows(_ alerts: AlertOverview, filter: String, messages: AlertMessageText) -> [AlertRecord] {
        alerts.newest.filter {
            ListFilter.matches(filter, level: $0.level, [$0.rule, $0.subject, messages.text(of: $0), $0.message,
                                                          messages.strings.alertState($0.state), $0.ackedBy ?? ""])
        }
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let navigation = context.navigation
        let lines = Self.rows(alerts, filter: navigation.filter, messages: context.messages)
        let pane = Pane(title: strings.alertList(navigation.alerts.states), rightTitle: context.format.count(lines.count),
                        isFocused: true, padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let inner = pane.inner(of: area)
        // The tally gives way first: on a short screen the rows are what the page is for.
        let parts = inner.rows([.length(inner.height >= 4 ? 1 : 0), .fill(1)])
        let tallyArea = parts[0].inset(horizontal: 1, vertical: 0)
        Self.levelTally(alerts, context: context, width: tallyArea.width).render(in: tallyArea, on: &screen, glyphs: glyphs)

        let selected = navigation.selection
        let ages = lines.map { context.age(since: $0.firstSeen) }
        let counts = lines.map { context.format.count($0.count) }
        let states = lines.map { strings.alertState($0.state) }
        let check = String(glyphs.check)
        Table(columns: [
            .fitting([Self.pointer]),
            .fitting(lines.map(\.level.label), title: strings.levelColumn, .level),
            .fitting(states, title: strings.statusColumn, .state),
            .fitting([check], title: strings.ackColumn, .state),
            .fitting(ages, title: strings.ageColumn, .duration, alignment: .right),
            TableColumn(strings.ruleColumn, width: .fill(1)),
            TableColumn(strings.subjectColumn, width: .fill(1)),
            .fitting(counts, title: strings.countColumn, .count, alignment: .right),
            TableColumn(strings.messageColumn, width: .fill(2)),
        ], rows: lines.indices.map { index in
            let alert = lines[index]
            let quiet = alert.state == .firing ? Style.plain : Style(.muted)
            return [TableCell(index == selected ? Self.pointer : "", style: Style(.accent, .bold)),
                    LevelBadge(alert.level).tableCell,
                    TableCell(states[index], style: Self.style(of: alert.state)),
                    TableCell(alert.isAcknowledged || alert.ackedBy != nil ? check : "", style: Style(.ok, .bold)),
                    TableCell(ages[index], style: Style(.muted)), TableCell(alert.rule, style: quiet), TableCell(alert.subject),
                    TableCell(counts[index]), TableCell(context.messages.text(of: alert), style: Style(.muted))]
        }, selectedRow: selected, emptyText: strings.none, hitList: 0)
            .render(in: parts[1], on: &screen, glyphs: glyphs)
    }

    /// Firing stands out; someone is on an acknowledged one; pending and resolved are quiet.
    static func style(of state: AlertState) -> Style {
        switch state {
        case .firing: Style(.warn, .bold)
        case .acknowledged: Style(.ok)
        case .pending, .resolved: Style(.muted)
        }
    }

    /// The listed states' alerts per level, each level in its badge's style, and on the open list the pending ones
    /// apart; the levels' names go when one row cannot hold them.
    static func levelTally(_ alerts: AlertOverview, context: PageContext, width: Int) -> TallyGrid {
        let strings = context.strings
        func items(named: Bool) -> [TallyItem] {
            let levels = AlertLevel.allCases.map { level in
                let badge = LevelBadge(level)
                let count = alerts.count(level)
                return TallyItem(named ? "\(badge.code) \(strings.level(level))" : badge.code, context.format.count(count),
                                 labelStyle: badge.style, valueStyle: count > 0 ? badge.style : Style(.muted))
            }
            guard context.navigation.alerts.states == .open else { return levels }
            return levels + [TallyItem(strings.alertState(.pending), context.format.count(alerts.pending))]
        }
        let named = TallyGrid(items(named: true), gap: 3)
        return named.rowsNeeded(in: width) <= 1 ? named : TallyGrid(items(named: false), gap: 3)
    }
}
