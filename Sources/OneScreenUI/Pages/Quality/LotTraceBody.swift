import OneScreenCore

/// 批次追溯: a lot's journey, one row per stay (stage, site, when, how long, complied or not), each followed by the
/// site's readings during the stay (range against band, readings inside). Read down for forward, up for backward.
struct LotTraceBody: Widget {
    let trace: LotTrace
    let context: PageContext

    /// One id per table row, as drawn: a stay's row opens its site's first series, a reading's row its own
    /// (`site/metric`, see `Navigation.opensSeries`).
    static func rowIDs(_ trace: LotTrace) -> [String] {
        trace.stays.flatMap { stay in
            let subjects = stay.readings.map { "\(stay.site)/\($0.metric)" }
            return [subjects.first ?? ""] + subjects
        }
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let breached = trace.breachedStays
        let pane = Pane(title: "\(strings.lot(trace.id))  \(trace.product)", rightTitle: strings.journey, isFocused: true, padding: 1)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        var rows: [[TableCell]] = []
        for stay in trace.stays {
            let status = stay.readings.isEmpty ? TableCell(strings.noReadings, style: Style(.muted))
                : stay.complied ? TableCell(strings.complied, style: HealthStatus.ok.style)
                : TableCell(strings.breached, style: HealthStatus.critical.style)
            rows.append([
                TableCell(strings.stage(stay.stage), style: Style(.title, .bold)), TableCell(stay.site),
                TableCell(context.when(stay.arrived)),
                TableCell(format.duration(seconds: stay.left.seconds(since: stay.arrived))), status,
            ])
            for reading in stay.readings {
                let range = context.masks[.readingValue] != nil ? Masking.hiddenText
                    : format.readings(lowest: reading.lowest, highest: reading.highest, unit: reading.unit, glyphs: glyphs)
                let inside = reading.inside == reading.count
                rows.append([
                    "", TableCell("  " + reading.metric, style: Style(.muted)),
                    TableCell(range, style: inside ? .plain : HealthStatus.critical.style),
                    TableCell(format.band(min: reading.min, max: reading.max, unit: reading.unit, glyphs: glyphs), style: Style(.muted)),
                    TableCell("\(reading.inside)/\(strings.readings(reading.count))", style: inside ? Style(.ok) : Style(.warn, .bold)),
                ])
            }
        }
        let summary = "\(strings.stageColumn) \(trace.stays.count)  \(strings.breached) \(breached)"
        let inner = pane.inner(of: area).rows([.length(1), .fill(1)])
        Label(summary, style: breached > 0 ? Style(.warn, .bold) : Style(.ok), wraps: false).render(in: inner[0], on: &screen, glyphs: glyphs)
        Table(
            columns: [
                .fitting(rows.map { $0[0].text }, title: strings.stageColumn),
                TableColumn(strings.siteColumn, width: .fill(2)),
                .fitting(rows.map { $0[2].text }, title: strings.lastSeenColumn),
                .fitting(rows.map { $0[3].text }, title: strings.bandColumn),
                .fitting(rows.map { $0[4].text }, title: strings.compliance, alignment: .right),
            ],
            rows: rows, selectedRow: context.navigation.selection, emptyText: strings.none
        ).render(in: inner[1], on: &screen, glyphs: glyphs)
    }
}
