import OneScreenCore

/// 营销数据驾驶舱: the eight core metrics, each with its value over 30 days, target, status and daily trend.
struct MarketingBody: Widget {
    let marketing: MarketingSnapshot
    let context: PageContext

    /// The trend column: one cell per day.
    static let trendWidth = Store.cockpitDays
    /// Enough of a metric's name to tell it from the seven others (`获客成本 CAC`, `Campaign ROI`).
    static let nameMinimumWidth = 12

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let pane = Pane(title: strings.cockpit, isFocused: true, padding: 1)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let inner = pane.inner(of: area)
        let metrics = marketing.metrics
        // A viewer whose grade withholds the figures (a kiosk) is told they are withheld, not that there are none.
        let withheld = context.hides(.marketingFigure)
        let values = metrics.map { withheld ? Masking.hiddenText : text($0.kind, $0.value) }
        let targets = metrics.map { ($0.kind.higherIsBetter ? glyphs.atLeast : glyphs.atMost) + text($0.kind, $0.kind.target) }
        let statuses = metrics.map { withheld ? strings.withheld : strings.cockpitStatus($0.status) }
        let table = Table(
            columns: [
                // The name says which metric a row is: narrow, the trend goes first, then the target, before a
                // name is cut below what identifies it.
                TableColumn(strings.metricColumn, width: .fill(1), priority: 9).atLeast(Self.nameMinimumWidth),
                .fitting(values, title: strings.figure30Column, .figure, alignment: .right).ranked(8),
                .fitting(targets, title: strings.targetColumn, .figure, alignment: .right).ranked(5),
                .fitting(statuses, title: strings.statusColumn, .state).ranked(6),
                TableColumn(strings.trend30Column, width: .length(Self.trendWidth), priority: 1),
            ],
            rows: metrics.indices.map { index in
                [TableCell(strings.cockpitMetric(metrics[index].kind)), TableCell(values[index], style: Style(.title, .bold)),
                 TableCell(targets[index], style: Style(.muted)), TableCell(statuses[index], style: withheld ? Style(.muted) : style(metrics[index].status)),
                 TableCell(metrics[index].daily.isEmpty && !withheld ? strings.noTrend : "", style: Style(.muted))]
            })
        // Each metric gets a row of air below it on screens tall enough, so the trend reads as a chart, not a list.
        let spacing = inner.height >= 2 * metrics.count + 1 ? 2 : 1
        let rowsArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: min(inner.height, 1 + metrics.count))
        table.render(in: rowsArea, on: &screen, glyphs: glyphs)
        guard spacing == 1 else {
            renderSpaced(table, in: inner, on: &screen, glyphs: glyphs)
            return
        }
        // Narrow, the trend column is the first to go, and its sparklines with it.
        guard let slot = table.visibleColumns(in: rowsArea).first(where: { $0.column == 4 })?.slot else { return }
        for (offset, metric) in metrics.prefix(rowsArea.height - 1).enumerated() where !metric.daily.isEmpty {
            Sparkline(metric.daily).render(in: Rect(x: slot.x, y: rowsArea.y + 1 + offset, width: slot.width, height: 1),
                                           on: &screen, glyphs: glyphs)
        }
        renderDays(under: slot, at: rowsArea.bottom, in: inner, on: &screen)
    }

    /// The first, middle and last of the 30 days under the trend column (`10-22  11-06  11-20`), each under its own
    /// cell, so the trends read as dates and not only as shapes.
    private func renderDays(under slot: Rect, at y: Int, in area: Rect, on screen: inout Screen) {
        guard y < area.bottom, slot.width >= Self.trendWidth else { return }
        let first = context.today.adding(days: 1 - Self.trendWidth)
        func label(_ day: CalendarDay) -> String {
            let (_, month, dayOfMonth) = day.components
            return (month < 10 ? "0" : "") + "\(month)-" + (dayOfMonth < 10 ? "0" : "") + "\(dayOfMonth)"
        }
        // The sparkline draws its newest day in the column's last cell, so day i is at the right edge minus the rest.
        let start = slot.right - Self.trendWidth
        let middle = Self.trendWidth / 2
        let end = label(context.today)
        screen.put(label(first), at: start, y: y, style: Style(.muted))
        screen.put(label(first.adding(days: middle)), at: start + middle - 2, y: y, style: Style(.muted))
        screen.put(end, at: slot.right - DisplayWidth.width(of: end), y: y, style: Style(.muted))
    }

    /// The same table drawn one metric per two rows, its trend on its own row and a row of air below.
    private func renderSpaced(_ table: Table, in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        screen.fill(area)
        var header = table
        header.rows = []
        header.emptyText = nil
        header.render(in: Rect(x: area.x, y: area.y, width: area.width, height: 1), on: &screen, glyphs: glyphs)
        let slot = table.visibleColumns(in: area).first { $0.column == 4 }?.slot
        for (index, metric) in marketing.metrics.enumerated() {
            let y = area.y + 1 + index * 2
            var row = table
            row.rows = [table.rows[index]]
            row.showsHeader = false
            row.render(in: Rect(x: area.x, y: y, width: area.width, height: 1), on: &screen, glyphs: glyphs)
            if let slot, !metric.daily.isEmpty {
                Sparkline(metric.daily).render(in: Rect(x: slot.x, y: y, width: slot.width, height: 1), on: &screen, glyphs: glyphs)
            }
        }
        if let slot { renderDays(under: slot, at: area.y + 1 + marketing.metrics.count * 2 - 1, in: area, on: &screen) }
    }

    private func text(_ kind: CockpitMetricKind, _ value: Double?) -> String {
        guard let value else { return DisplayFormat.missing }
        let format = context.format
        switch kind {
        case .acquisitionCost, .lifetimeValue: return format.amount(value)
        case .repurchaseRate, .campaignROI, .conversionRate, .clickThroughRate, .processingEfficiency: return format.percent(value)
        case .responseTime: return format.measure(value) + "ms"
        }
    }

    private func style(_ status: CockpitStatus) -> Style {
        switch status {
        case .met: HealthStatus.ok.style
        case .near: HealthStatus.warn.style
        case .missed: HealthStatus.critical.style
        case .unknown: Style(.muted)
        }
    }
}
