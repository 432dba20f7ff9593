import OneScreenCore

/// 质量: every metric by stage and site (value, band, 24 h sparkline, compliance) above the lot list that opens a
/// lot's trace.
struct QualityBody: Widget {
    let quality: QualitySnapshot
    let context: PageContext

    /// The lots as listed: filtered, newest first.
    static func lots(_ quality: QualitySnapshot, filter: String) -> [LotSummary] {
        quality.lots.filter { ListFilter.matches(filter, [$0.id, $0.product, $0.lastSite]) }
    }

    /// The sparkline column: 24 cells, one per hour.
    static let trendWidth = 24

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let halves = area.rows([.fill(1), .fill(1)])
        let metricPane = Pane(title: strings.metrics, rightTitle: context.format.count(quality.metrics.count), padding: 0)
        metricPane.render(in: halves[0], on: &screen, glyphs: glyphs)
        renderMetrics(in: metricPane.inner(of: halves[0]), on: &screen, glyphs: glyphs)

        let lots = Self.lots(quality, filter: context.navigation.filter)
        let lotPane = Pane(title: strings.lots, rightTitle: context.format.count(lots.count), isFocused: true, padding: 0)
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
            selectedRow: context.navigation.selection, emptyText: strings.none
        ).render(in: lotPane.inner(of: halves[1]), on: &screen, glyphs: glyphs)
    }

    private func renderMetrics(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let metrics = quality.metrics
        let values = metrics.map { metric in metric.value.map { format.measure($0, unit: metric.unit, masks: context.masks) } ?? DisplayFormat.missing }
        let bands = metrics.map { format.band(min: $0.min, max: $0.max, glyphs: glyphs) }
        let compliance = metrics.map { format.percent($0.compliance.rate) }
        let table = Table(
            columns: [
                .fitting(metrics.map { strings.stage($0.stage) }, title: strings.stageColumn),
                TableColumn(strings.metricColumn, width: .fill(2)),
                TableColumn(strings.siteColumn, width: .fill(2)),
                .fitting(values, title: strings.valueColumn, alignment: .right),
                .fitting(bands, title: strings.bandColumn, alignment: .right),
                TableColumn(strings.trendColumn, width: .length(Self.trendWidth)),
                .fitting(compliance, title: strings.compliance, alignment: .right),
            ],
            rows: metrics.indices.map { index in
                let metric = metrics[index]
                let status = metric.isInside ? Style(.ok) : HealthStatus.critical.style
                return [TableCell(strings.stage(metric.stage)), TableCell(metric.name), TableCell(metric.site, style: Style(.muted)),
                        TableCell(values[index], style: status), TableCell(bands[index], style: Style(.muted)), "",
                        TableCell(compliance[index])]
            },
            emptyText: strings.none)
        table.render(in: area, on: &screen, glyphs: glyphs)
        // Sparklines go into the empty trend column, row by row, where the table put each series.
        guard let slot = table.visibleColumns(in: area).first(where: { $0.column == 5 })?.slot else { return }
        let visible = area.height - 1
        let first = table.firstVisibleRow(visible: visible)
        for (offset, metric) in metrics.dropFirst(first).prefix(visible).enumerated() {
            Sparkline(metric.hourly).render(in: Rect(x: slot.x, y: area.y + 1 + offset, width: slot.width, height: 1),
                                            on: &screen, glyphs: glyphs)
        }
    }
}
