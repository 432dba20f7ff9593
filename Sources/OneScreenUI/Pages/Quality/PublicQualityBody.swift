import OneScreenCore

/// The quality page for a viewer who may not see sites (a wall screen): compliance by stage and group of sites
/// over the last 24 h, and where the lots are now with how many are held or breached, instead of a hundred rows of
/// `***`.
struct PublicQualityBody: Widget {
    let quality: QualitySnapshot
    let context: PageContext

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let halves = area.rows([.fill(3), .fill(2)])
        let groups = quality.groups
        let groupPane = Pane(title: strings.complianceByGroup, rightTitle: format.count(groups.count), isFocused: true, padding: 0)
        groupPane.render(in: halves[0], on: &screen, glyphs: glyphs)
        let rates = groups.map { format.percent($0.compliance.rate) }
        Table(columns: [
            .fitting(groups.map { strings.stage($0.stage) }, title: strings.stageColumn, .stage),
            TableColumn(strings.groupColumn, width: .fill(1)),
            .fitting(rates, title: strings.compliance, .percent, alignment: .right),
            .fitting(groups.map { format.count($0.series) }, title: strings.seriesCountColumn, .count, alignment: .right),
            .fitting(groups.map { format.count($0.outOfBand) }, title: strings.outNowColumn, .count, alignment: .right),
        ], rows: groups.indices.map { index in
            let group = groups[index]
            return [TableCell(strings.stage(group.stage), style: Style(.title, .bold)), TableCell(group.group ?? strings.otherGroup),
                    TableCell(rates[index], style: QualityPane.status(of: group.compliance.rate).style),
                    TableCell(format.count(group.series), style: Style(.muted)),
                    TableCell(format.count(group.outOfBand), style: group.outOfBand > 0 ? Style(.warn, .bold) : Style(.muted))]
        }, emptyText: strings.none).render(in: groupPane.inner(of: halves[0]), on: &screen, glyphs: glyphs)

        let stages = Stage.allCases.map { stage in (stage, quality.lots.filter { $0.lastStage == stage }) }
        let lotPane = Pane(title: strings.lotsByStage, rightTitle: format.count(quality.lots.count), padding: 0)
        lotPane.render(in: halves[1], on: &screen, glyphs: glyphs)
        let counts = stages.map { _, lots in [lots.count, lots.filter(\.isHeld).count, lots.filter(\.isBreached).count].map(format.count) }
        Table(columns: [
            .fitting(stages.map { strings.stage($0.0) }, title: strings.stageColumn, .stage),
            .fitting(counts.map { $0[0] }, title: strings.lotCountColumn, .count, alignment: .right),
            .fitting(counts.map { $0[1] }, title: strings.heldLotsColumn, .count, alignment: .right),
            .fitting(counts.map { $0[2] }, title: strings.breachedLotsColumn, .count, alignment: .right),
            TableColumn("", width: .fill(1)),
        ], rows: stages.indices.map { index in
            let lots = stages[index].1
            return [TableCell(strings.stage(stages[index].0), style: Style(.title, .bold)), TableCell(counts[index][0]),
                    TableCell(counts[index][1], style: lots.contains(where: \.isHeld) ? HealthStatus.critical.style : Style(.muted)),
                    TableCell(counts[index][2], style: lots.contains(where: \.isBreached) ? Style(.warn, .bold) : Style(.muted)), ""]
        }).render(in: lotPane.inner(of: halves[1]), on: &screen, glyphs: glyphs)
    }
}
