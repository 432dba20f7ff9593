import OneScreenCore

/// 质量: every metric by stage and site (value, band, 24 h sparkline, compliance) above the lot list that opens a
/// lot's trace. The selection is in one of the two lists (← → moves it): the lots, list 0, or the metrics, list 1,
/// which then scroll with it and show where it is (`12/48`).
struct QualityBody: Widget {
    let quality: QualitySnapshot
    let context: PageContext

    /// The lists of `Navigation.list` on this page.
    static let lotList = 0
    static let metricList = 1

    /// The lots as listed: filtered, newest first.
    static func lots(_ quality: QualitySnapshot, filter: String) -> [LotSummary] {
        quality.lots.filter { ListFilter.matches(filter, [$0.id, $0.product, $0.lastSite]) }
    }

    /// The metrics as listed: filtered, in the snapshot's order.
    static func metrics(_ quality: QualitySnapshot, filter: String) -> [MetricStatus] {
        quality.metrics.filter { ListFilter.matches(filter, [$0.name, $0.metric, $0.site]) }
    }

    /// The ids the selection moves over in the list it is in.
    static func rowIDs(_ quality: QualitySnapshot, navigation: Navigation) -> [String] {
        navigation.list == metricList
            ? metrics(quality, filter: navigation.filter).map { "\($0.site)/\($0.metric)" }
            : lots(quality, filter: navigation.filter).map(\.id)
    }

    /// The sparkline column: 24 cells, one per hour.
    static let trendWidth = 24
    /// Below these widths a metric's or site's name stops saying which it is; the optional columns go first.
    static let metricNameMinimumWidth = 16
    static let siteNameMinimumWidth = 12

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let navigation = context.navigation
        let halves = area.rows([.fill(1), .fill(1)])
        let metrics = Self.metrics(quality, filter: navigation.filter)
        let metricsFocused = navigation.list == Self.metricList
        // Where the selection is, once there is something to scroll through: the count alone otherwise.
        let position = metricsFocused && !metrics.isEmpty
            ? "\(min(navigation.selection, metrics.count - 1) + 1)/\(context.format.count(metrics.count))"
            : context.format.count(metrics.count)
        let metricPane = Pane(title: strings.metrics(over: context.window), rightTitle: position, isFocused: metricsFocused, padding: 0)
        metricPane.render(in: halves[0], on: &screen, glyphs: glyphs)
        renderMetrics(metrics, selectedRow: metricsFocused ? navigation.selection : nil,
                      in: metricPane.inner(of: halves[0]), on: &screen, glyphs: glyphs)

        let lots = Self.lots(quality, filter: navigation.filter)
        let lotPane = Pane(title: strings.lots, rightTitle: context.format.count(lots.count), isFocused: !metricsFocused, padding: 0)
        lotPane.render(in: halves[1], on: &screen, glyphs: glyphs)
        Table(
            columns: [
                .fitting(lots.map(\.id), title: strings.lotColumn),
                TableColumn(strings.productColumn, width: .fill(1)),
                .fitting(lots.map { strings.stage($0.lastStage) }, title: strings.stageColumn),
                TableColumn(strings.siteColumn, width: .fill(2)),
                .fitting(lots.map { context.when($0.lastSeen) }, title: strings.lastSeenColumn),
            ],
            rows: lots.map { lot in
                [TableCell(lot.id, style: Style(.accent)), TableCell(lot.product), TableCell(strings.stage(lot.lastStage)),
                 TableCell(lot.lastSite, style: Style(.muted)), TableCell(context.when(lot.lastSeen))]
            },
            selectedRow: metricsFocused ? nil : navigation.selection, emptyText: strings.none, hitList: Self.lotList
        ).render(in: lotPane.inner(of: halves[1]), on: &screen, glyphs: glyphs)
    }

    /// Metric and site names first; when the row is short, the sparkline goes, then the stage, the band and the
    /// compliance, before a name is cut below what identifies it. The value always stays.
    private func renderMetrics(_ metrics: [MetricStatus], selectedRow: Int?, in area: Rect, on screen: inout Screen,
                               glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let values = metrics.map { metric in metric.value.map { format.measure($0, unit: metric.unit, masks: context.masks) } ?? DisplayFormat.missing }
        let bands = metrics.map { format.band(min: $0.min, max: $0.max, unit: $0.unit, glyphs: glyphs) }
        let compliance = metrics.map { format.percent($0.compliance.rate) }
        let table = Table(
            columns: [
                .fitting(metrics.map { strings.stage($0.stage) }, title: strings.stageColumn).ranked(1),
                TableColumn(strings.metricColumn, width: .min(Self.metricNameMinimumWidth), priority: 5),
                TableColumn(strings.siteColumn, width: .min(Self.siteNameMinimumWidth), priority: 4),
                .fitting(values, title: strings.valueColumn, alignment: .right).ranked(6),
                .fitting(bands, title: strings.bandColumn, alignment: .right).ranked(2),
                TableColumn(strings.trendColumn(over: context.window), width: .length(Self.trendWidth)),
                .fitting(compliance, title: strings.compliance, alignment: .right).ranked(3),
            ],
            rows: metrics.indices.map { index in
                let metric = metrics[index]
                let status = metric.isInside ? Style(.ok) : HealthStatus.critical.style
                return [TableCell(strings.stage(metric.stage)), TableCell(metric.name), TableCell(metric.site, style: Style(.muted)),
                        TableCell(values[index], style: status), TableCell(bands[index], style: Style(.muted)), "",
                        TableCell(compliance[index])]
            },
            selectedRow: selectedRow, emptyText: strings.none, hitList: Self.metricList)
        table.render(in: area, on: &screen, glyphs: glyphs)
        // Sparklines go into the empty trend column, row by row, where the table put each series.
        guard let slot = table.visibleColumns(in: area).first(where: { $0.column == 5 })?.slot else { return }
        let visible = area.height - 1
        let first = table.firstVisibleRow(visible: visible)
        for (offset, metric) in metrics.dropFirst(first).prefix(visible).enumerated() {
            let cells = Rect(x: slot.x, y: area.y + 1 + offset, width: slot.width, height: 1)
            Sparkline(metric.hourly).render(in: cells, on: &screen, glyphs: glyphs)
            if first + offset == selectedRow { screen.patchStyle(Style(background: .selection), in: cells) }
        }
    }
}
