import OneScreenCore

/// 预警: the open alerts, newest first, with level, state, subject, message, age and repeat count.
struct AlertListBody: Widget {
    let alerts: AlertOverview
    let context: PageContext

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let lines = alerts.newest
        let pane = Pane(title: strings.openAlerts, rightTitle: context.format.count(alerts.openCount), isFocused: true, padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let ages = lines.map { context.age(since: $0.firstSeen) }
        Table(columns: [
            .fitting(lines.map { LevelBadge($0.level).code }, title: strings.levelColumn),
            .fitting(lines.map { strings.alertState($0.state) }, title: strings.statusColumn),
            TableColumn(strings.subjectColumn, width: .fill(1)),
            TableColumn(strings.messageColumn, width: .fill(2)),
            .fitting(ages, title: strings.ageColumn, alignment: .right),
            .fitting(lines.map { "\($0.count)" }, title: strings.countColumn, alignment: .right),
        ], rows: lines.indices.map { index in
            let line = lines[index]
            return [LevelBadge(line.level).tableCell,
                    TableCell(strings.alertState(line.state)), TableCell(line.subject), TableCell(line.message, style: Style(.muted)),
                    TableCell(ages[index]), TableCell("\(line.count)")]
        }, selectedRow: context.navigation.selection, emptyText: strings.none, hitList: 0)
            .render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }
}
