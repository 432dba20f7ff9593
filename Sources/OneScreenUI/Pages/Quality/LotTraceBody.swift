import OneScreenCore

/// 批次追溯: a lot's journey as a food-safety manager reads it. On top every stay (stage, site, arrival, departure or
/// "now" for the stay under way, time there, compliance, verdict), each followed by its site's series over the stay
/// (range against band, the standard's hold, compliance, breaches judged with that hold). Below, the lot's events
/// and their notes in time order with the breaches among them, and beside them the alerts raised on its way.
/// Read down for forward tracing, up for backward. Every journey row and every alert is a link (see `links`): ↑ ↓
/// select one, Enter opens it (the site's or series' readings, the alert).
struct LotTraceBody: Widget {
    let trace: LotTrace
    let context: PageContext

    /// Rows the events keep however long the journey (a third of the body when that is more): enough to see the
    /// lot's last events and notes.
    static let eventsMinimumHeight = 6
    /// The least the lot's alerts need to say anything: frame, heading and one alert. With less they give their
    /// rows to the events.
    static let alertsMinimumHeight = 4
    /// From this width the lot's alerts sit beside its events; below it they go under them.
    static let sideBySideWidth = 160

    /// What the rows lead to, in the order the selection moves: each stay's site and each of its series, as the
    /// journey lists them, then the alerts.
    static func links(_ trace: LotTrace) -> [JumpTarget] {
        trace.stays.flatMap { stay in [JumpTarget.site(stay.site)] + stay.readings.map { .series(stay.site + "/" + $0.metric) } }
            + trace.alerts.map { .alert($0.id) }
    }

    private var selection: Int { context.navigation.selection }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let journey = journeyRows(glyphs: glyphs)
        let parts = area.rows([.max(journey.count + 4), .min(max(Self.eventsMinimumHeight, area.height / 3))])
        renderJourney(journey, in: parts[0], on: &screen, glyphs: glyphs)
        let sideBySide = parts[1].width >= Self.sideBySideWidth
        let stacked = parts[1].rows([.fill(2), .fill(1)])
        guard !trace.alerts.isEmpty, sideBySide || stacked[1].height >= Self.alertsMinimumHeight else {
            renderEvents(in: parts[1], on: &screen, glyphs: glyphs)
            return
        }
        let lower = sideBySide ? parts[1].columns([.fill(3), .fill(2)]) : stacked
        renderEvents(in: lower[0], on: &screen, glyphs: glyphs)
        renderAlerts(in: lower[1], on: &screen, glyphs: glyphs)
    }

    private func renderJourney(_ rows: [[TableCell]], in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let pane = Pane(title: "\(strings.lot(trace.id))  \(trace.product)", rightTitle: strings.journey, isFocused: true, padding: 1)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let inner = pane.inner(of: area).rows([.length(1), .fill(1)])
        let breached = trace.breachedStays
        Label(strings.lotSummary(stays: trace.stays.count, breached: breached, held: trace.isHeld),
              style: breached > 0 || trace.isHeld ? Style(.warn, .bold) : Style(.ok), wraps: false)
            .render(in: inner[0], on: &screen, glyphs: glyphs)
        func column(_ index: Int) -> [String] { rows.map { $0[index].text } }
        Table(
            columns: [
                .fitting(column(0), title: strings.stageColumn, .stage).ranked(9),
                TableColumn(strings.siteOrSeriesColumn, .text, width: .min(QualityBody.siteNameMinimumWidth), priority: 8),
                .fitting(column(2), title: strings.arrivedColumn, .time).ranked(5),
                .fitting(column(3), title: strings.leftColumn, .time).ranked(1),
                .fitting(column(4), title: strings.stayedColumn, .duration).ranked(6),
                .fitting(column(5), title: strings.rangeColumn, .reading, alignment: .right).ranked(3),
                .fitting(column(6), title: strings.bandColumn, .band, alignment: .right).ranked(2),
                .fitting(column(7), title: strings.holdColumn, .duration, alignment: .right).ranked(0),
                .fitting(column(8), title: strings.compliance, .percent, alignment: .right).ranked(4),
                .fitting(column(9), title: strings.verdictColumn, .state).ranked(7),
            ],
            rows: rows, selectedRow: rows.indices.contains(selection) ? selection : nil, emptyText: strings.none
        ).render(in: inner[1], on: &screen, glyphs: glyphs)
    }

    /// A row per stay, then a row per series of the stay, each cell under the heading of what it is.
    private func journeyRows(glyphs: Glyphs) -> [[TableCell]] {
        let strings = context.strings
        let format = context.format
        var rows: [[TableCell]] = []
        for stay in trace.stays {
            let count = stay.readings.reduce(0) { $0 + $1.count }
            let inside = stay.readings.reduce(0) { $0 + $1.inside }
            // Out of band only for less than the hold is no breach, but it is not "complied" either: it says brief.
            let brief = stay.readings.reduce(0) { $0 + $1.brief }
            let verdict = stay.readings.isEmpty ? TableCell(strings.noReadings, style: Style(.muted))
                : !stay.complied ? TableCell(strings.breaches(stay.breaches), style: HealthStatus.critical.style)
                : brief > 0 ? TableCell(strings.brief(brief), style: Style(.warn))
                : TableCell(strings.complied, style: HealthStatus.ok.style)
            rows.append([
                TableCell(strings.stage(stay.stage), style: Style(.title, .bold)), TableCell(stay.site),
                TableCell(context.when(stay.arrived)),
                TableCell(stay.departed.map(context.when) ?? strings.stillThere, style: stay.isUnderWay ? Style(.accent, .bold) : .plain),
                TableCell(format.duration(seconds: stay.seconds(now: context.now))), "", "", "",
                TableCell(format.percent(count > 0 ? Double(inside) / Double(count) : nil)), verdict,
            ])
            for reading in stay.readings {
                let range = context.masks[.readingValue] != nil ? Masking.hiddenText
                    : format.readings(lowest: reading.lowest, highest: reading.highest, unit: reading.unit, glyphs: glyphs)
                rows.append([
                    "", TableCell("  " + (reading.name ?? reading.metric), style: Style(.muted)), "", "", "",
                    TableCell(range, style: reading.inside == reading.count ? .plain : Style(.warn)),
                    TableCell(format.band(min: reading.min, max: reading.max, unit: reading.unit, glyphs: glyphs), style: Style(.muted)),
                    TableCell(reading.hold.map { format.duration(seconds: Double($0)) } ?? "", style: Style(.muted)),
                    TableCell(format.percent(reading.count > 0 ? Double(reading.inside) / Double(reading.count) : nil)),
                    seriesVerdict(reading),
                ])
            }
        }
        return rows
    }

    private func seriesVerdict(_ reading: StayReading) -> TableCell {
        let strings = context.strings
        guard reading.judged else {
            return reading.inside < reading.count ? TableCell(strings.outOfBand(reading.count - reading.inside), style: Style(.warn, .bold))
                : TableCell(strings.complied, style: Style(.ok))
        }
        if !reading.breaches.isEmpty { return TableCell(strings.breaches(reading.breaches.count), style: HealthStatus.critical.style) }
        if reading.brief > 0 { return TableCell(strings.brief(reading.brief), style: Style(.warn)) }
        return TableCell(strings.complied, style: Style(.ok))
    }

    /// The lot's events and the breaches of its stays, in time order.
    private func renderEvents(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        var lines: [(time: Instant, cells: [TableCell])] = trace.events.map { event in
            let notable = event.event == .hold || event.event == .inspect
            return (event.time, [TableCell(context.when(event.time), style: Style(.muted)), TableCell(strings.stage(event.stage)),
                                 TableCell(event.site, style: Style(.muted)),
                                 TableCell(strings.lotEvent(event.event), style: event.event == .hold ? HealthStatus.critical.style
                                           : notable ? Style(.accent) : .plain),
                                 TableCell(event.note ?? "", style: event.event == .hold ? Style(.warn, .bold) : .plain)])
        }
        for stay in trace.stays {
            for reading in stay.readings {
                for breach in reading.breaches {
                    let peak = format.measure(breach.peak, unit: reading.unit, masks: context.masks)
                    let note = strings.breachNote(standard: breach.standard, peak: peak,
                                                  lasted: format.duration(seconds: breach.end.seconds(since: breach.start)),
                                                  hold: format.duration(seconds: Double(reading.hold ?? 0)))
                    lines.append((breach.start, [TableCell(context.when(breach.start), style: Style(.muted)), TableCell(strings.stage(stay.stage)),
                                                 TableCell(stay.site, style: Style(.muted)),
                                                 TableCell(strings.breach, style: HealthStatus.critical.style),
                                                 TableCell(note, style: Style(.warn, .bold))]))
                }
            }
        }
        let rows = lines.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element.cells)
        let pane = Pane(title: strings.events, rightTitle: format.count(rows.count), padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        func column(_ index: Int) -> [String] { rows.map { $0[index].text } }
        Table(columns: [
            .fitting(column(0), title: strings.timeColumn, .time).ranked(3),
            .fitting(column(1), title: strings.stageColumn, .stage).ranked(2),
            .upTo(column(2), .text).ranked(1).titled(strings.siteColumn),
            .fitting(column(3), title: strings.eventColumn, .state).ranked(4),
            TableColumn(strings.noteColumn, .text, width: .min(QualityBody.siteNameMinimumWidth), priority: 5),
        // The newest events are the ones acted on (a hold, the last inspection): when they do not all fit, the list
        // shows its end.
        ], rows: rows, scrollOffset: rows.count, emptyText: strings.none).render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }

    private func renderAlerts(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let alerts = trace.alerts
        let pane = Pane(title: strings.lotAlerts, rightTitle: context.format.count(alerts.count), padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let times = alerts.map { context.when($0.firstSeen) }
        let states = alerts.map { strings.alertState($0.state) }
        Table(columns: [
            .fitting(alerts.map(\.level.label), title: strings.levelColumn, .level).ranked(5),
            .fitting(states, title: strings.statusColumn, .state).ranked(2),
            .fitting(times, title: strings.firstSeen, .time).ranked(3),
            TableColumn(strings.subjectColumn, .text, width: .min(QualityBody.siteNameMinimumWidth), priority: 4),
            TableColumn(strings.messageColumn, .text, width: .fill(1), priority: 1),
        ], rows: alerts.indices.map { index in
            let alert = alerts[index]
            return [LevelBadge(alert.level).tableCell, TableCell(states[index], style: AlertListBody.style(of: alert.state)),
                    TableCell(times[index], style: Style(.muted)), TableCell(alert.subject), TableCell(context.messages.text(of: alert), style: Style(.muted))]
        }, selectedRow: alertSelection, emptyText: strings.none).render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }

    /// The alert selected, when the selection has gone past the journey's rows.
    private var alertSelection: Int? {
        let index = selection - (Self.links(trace).count - trace.alerts.count)
        return trace.alerts.indices.contains(index) ? index : nil
    }
}
