import OneScreenCore

/// 预警: the alerts in the chosen states per level (pending apart on the open list), then the alerts, the most severe
/// first and the newest first within a level unless sorted otherwise, each with its level as a badge, state, acknowledged mark, age, rule, subject, count and
/// message. The selected row carries a `>` besides the selection colour, so it shows on a terminal without colour too.
struct AlertListBody: Widget {
    let alerts: AlertOverview
    let context: PageContext

    /// Marks the selected row.
    static let pointer = ">"

    /// Severity first, as Alertmanager and Grafana list: L4 before L1, and within a level the newest first (the
    /// order the store lists them in, which a sort keeps among equals).
    static let standardSort = SortChoice(column: "level", descending: true)

    /// The list: `/` words are found in what the screen shows and in the message as stored (so `/公章` finds what the
    /// screen says 公章); `L1` … `L4` pick levels.
    static func model(_ context: PageContext, glyphs: Glyphs) -> ListModel<AlertRecord> {
        let strings = context.strings
        let messages = context.messages
        let check = String(glyphs.check)
        return ListModel(id: .alerts, columns: [
            ListColumn("level", strings.levelColumn, .level, priority: 9, descendingFirst: true, order: { .number(Double($0.level.rawValue)) }) {
                LevelBadge($0.level).tableCell
            },
            ListColumn("state", strings.statusColumn, .state, priority: 7, order: { .text(strings.alertState($0.state)) }) {
                TableCell(strings.alertState($0.state), style: style(of: $0.state))
            },
            ListColumn("ack", strings.ackColumn, .state, priority: 6, order: { .text($0.ackedBy ?? "") }) {
                TableCell($0.isAcknowledged || $0.ackedBy != nil ? check : "", style: Style(.ok, .bold))
            },
            ListColumn("age", strings.ageColumn, .duration, alignment: .right, priority: 8,
                       order: { .number(context.now.seconds(since: $0.firstSeen)) }) {
                TableCell(context.age(since: $0.firstSeen), style: Style(.muted))
            },
            ListColumn("rule", strings.ruleColumn, .text, width: .constraint(.fill(1)), priority: 3, order: { .text($0.rule) }) {
                TableCell($0.rule, style: $0.state == .firing ? .plain : Style(.muted))
            },
            ListColumn("subject", strings.subjectColumn, .text, width: .name(weight: 2, least: QualityBody.siteNameMinimumWidth), priority: 6,
                       order: { .text($0.subject) }) { TableCell($0.subject) },
            ListColumn("count", strings.countColumn, .count, alignment: .right, priority: 4, descendingFirst: true,
                       order: { .number(Double($0.count)) }) { TableCell(context.format.count($0.count)) },
            ListColumn("message", strings.messageColumn, .text, width: .constraint(.fill(2)), priority: 5, order: { .text(messages.text(of: $0)) }) {
                TableCell(messages.text(of: $0), style: Style(.muted))
            },
        ], standard: Self.standardSort,
        searchTexts: { [$0.message, $0.ackedBy ?? ""] }, level: \.level)
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let navigation = context.navigation
        let model = Self.model(context, glyphs: glyphs)
        let lines = model.rows(alerts.newest, navigation: navigation)
        let pane = Pane(title: strings.alertList(navigation.alerts.states), rightTitle: context.format.count(lines.count),
                        isFocused: true, padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let inner = pane.inner(of: area)
        // The tally gives way first: on a short screen the rows are what the page is for.
        let parts = inner.rows([.length(inner.height >= 4 ? 1 : 0), .fill(1)])
        let tallyArea = parts[0].inset(horizontal: 1, vertical: 0)
        Self.levelTally(alerts, context: context, width: tallyArea.width).render(in: tallyArea, on: &screen, glyphs: glyphs)

        let selected = navigation.selection
        var table = model.table(lines, navigation: navigation, glyphs: glyphs, selectedRow: selected, hitList: 0, emptyText: strings.none)
        table.columns.insert(TableColumn.fitting([Self.pointer]).ranked(10), at: 0)
        table.rows = table.rows.indices.map { index in
            [TableCell(index == selected ? Self.pointer : "", style: Style(.accent, .bold))] + table.rows[index]
        }
        table.render(in: parts[1], on: &screen, glyphs: glyphs)
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
