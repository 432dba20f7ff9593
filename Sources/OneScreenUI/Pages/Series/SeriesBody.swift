import OneScreenCore

/// 时间序列: one series over the chosen range. The chart with its band on top, its time axis marking where readings
/// left the band (`━`) and where alerts were raised (`▲`), compliance per hour or day in a strip lined up with it,
/// and below, the alerts of the range and the lots that passed through the site meanwhile.
struct SeriesBody: Widget {
    let series: SeriesSnapshot
    let context: PageContext

    /// The chart keeps at least the rows that make a chart, and at most this share of the pane when the lists
    /// below have rows to show; lists without rows take only their frame and heading.
    static let chartShare = 0.7
    static let minimumChartRows = 6
    /// A list's frame, heading and one row.
    static let minimumListRows = 4
    /// Compliance at or above this is drawn full and in the ok colour (the overview's target).
    static let complianceTarget = QualityPane.complianceTarget

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let request = series.request
        let title = "\(series.name)  \(request.metric) · \(request.site) · \(strings.stage(series.stage))"
        let end = context.format.dateTime(series.through, utcOffset: context.utcOffset)
        let pane = Pane(title: title, rightTitle: strings.range(request.range, live: series.isLive, end: end), isFocused: true, padding: 1)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let inner = pane.inner(of: area)
        guard !inner.isEmpty else { return }
        let listRows = min(max(series.alerts.count, series.lots.count) + 3, inner.height - Int(Double(inner.height) * Self.chartShare))
        let chartRows = inner.height - listRows < Self.minimumChartRows || listRows < Self.minimumListRows
            ? inner.height : inner.height - listRows
        let parts = inner.rows([.length(1), .length(Swift.max(0, chartRows - 2)), .length(1), .fill(1)])
        Label(strings.resolution(series.resolution, bucket: context.format.duration(seconds: Double(series.bucketSeconds))),
              style: Style(.muted), wraps: false).render(in: parts[0], on: &screen, glyphs: glyphs)
        let chart = self.chart
        chart.render(in: parts[1], on: &screen, glyphs: glyphs)
        let layout = chart.layout(in: parts[1])
        if series.points.isEmpty, !layout.plot.isEmpty {
            Label(strings.chartNoData, style: Style(.muted), alignment: .center, wraps: false)
                .render(in: layout.plot.row(layout.plot.height / 2), on: &screen, glyphs: glyphs)
        }
        markAxis(layout, glyphs: glyphs, on: &screen)
        renderCompliance(layout, in: parts[2], glyphs: glyphs, on: &screen)
        renderLists(in: parts[3], glyphs: glyphs, on: &screen)
    }

    var chart: Chart {
        let points = series.points.map {
            ChartPoint(time: $0.time, value: $0.mean, low: $0.low, high: $0.high, weight: $0.count)
        }
        let latest = series.latest.flatMap { $0.time > series.from ? $0.mean : nil }
        return Chart(series: [ChartSeries(series.name, points: points, latest: latest)], from: series.from,
                     through: series.through, unit: series.unit, bandLow: series.min, bandHigh: series.max,
                     language: context.strings.language, utcOffset: context.utcOffset)
    }

    /// Out-of-band buckets as a heavy stretch of the axis, then each alert's first sighting as a mark over it, in
    /// its level's colour.
    private func markAxis(_ layout: ChartLayout, glyphs: Glyphs, on screen: inout Screen) {
        guard let row = layout.axisRow else { return }
        for point in series.points where point.leftBand {
            let start = layout.column(of: Instant(millis: point.time.millis - series.bucketSeconds * 1000 + 1))
                ?? layout.plot.x
            guard let end = layout.column(of: point.time) else { continue }
            for x in start...end { screen.set(glyphs.isUnicode ? "━" : "=", at: x, y: row, style: HealthStatus.critical.style) }
        }
        for alert in series.alerts {
            guard let x = layout.column(of: max(alert.firstSeen, series.from)) else { continue }
            screen.set(glyphs.isUnicode ? "▲" : "^", at: x, y: row, style: LevelBadge(alert.level).style)
        }
    }

    /// One cell per plot column: the compliance of the hour or day that column falls in, as a bar from 80 % (empty)
    /// to 100 %, in the status colour; the range's whole figure at the right.
    private func renderCompliance(_ layout: ChartLayout, in area: Rect, glyphs: Glyphs, on screen: inout Screen) {
        guard !area.isEmpty else { return }
        let strings = context.strings
        let slots = series.compliance
        guard !slots.isEmpty, !layout.plot.isEmpty else { return }
        let width = series.complianceSlotSeconds * 1000
        var slot = 0
        for x in layout.plot.x..<layout.plot.right {
            let time = layout.time(atColumn: x)
            while slot < slots.count - 1, slots[slot].end < time { slot += 1 }
            guard slots[slot].end.millis - width < time.millis, let rate = slots[slot].rate else { continue }
            let steps = glyphs.sparkline
            let floor = SegmentTrendSection.sparklineFloor
            let level = Int(((min(max(rate, floor), 1) - floor) / (1 - floor) * Double(steps.count - 1)).rounded())
            screen.set(steps[level], at: x, y: area.y, style: QualityPane.status(of: rate).style)
        }
        let caption = " " + context.format.percent(series.overall.rate) + " "
            + strings.compliancePer(hour: series.complianceSlotSeconds < 86_400)
        if layout.stats.width > 0 {
            screen.put(DisplayWidth.fit(caption, to: layout.stats.width + 1, ellipsis: glyphs.ellipsis), at: layout.plot.right, y: area.y,
                       maxWidth: layout.stats.width + 1, style: Style(.muted))
        }
    }

    private func renderLists(in area: Rect, glyphs: Glyphs, on screen: inout Screen) {
        guard area.height >= 3 else { return }
        let strings = context.strings
        let halves = area.columns([.fill(1), .fill(1)], spacing: 1)
        let alerts = series.alerts
        let alertPane = Pane(title: strings.seriesAlerts, rightTitle: context.format.count(alerts.count), padding: 0)
        alertPane.render(in: halves[0], on: &screen, glyphs: glyphs)
        let messages = context.messages
        let firstSeen = alerts.map { context.when($0.firstSeen) }
        let states = alerts.map { strings.alertState($0.state) }
        Table(columns: [
            .fitting(alerts.map(\.level.label)),
            .fitting(firstSeen, title: strings.firstSeenColumn),
            .fitting(states, title: strings.statusColumn),
            TableColumn(strings.messageColumn, width: .fill(1)),
        ], rows: alerts.indices.map { index in
            let alert = alerts[index]
            return [LevelBadge(alert.level).tableCell, TableCell(firstSeen[index]),
                    TableCell(states[index], style: AlertListBody.style(of: alert.state)),
                    TableCell(messages.text(of: alert), style: Style(.muted))]
        }, emptyText: strings.none).render(in: alertPane.inner(of: halves[0]), on: &screen, glyphs: glyphs)

        let lots = series.lots
        let lotPane = Pane(title: strings.seriesLots, rightTitle: context.format.count(lots.count), padding: 0)
        lotPane.render(in: halves[1], on: &screen, glyphs: glyphs)
        let arrived = lots.map { context.when($0.arrived) }, left = lots.map { context.when($0.left) }
        Table(columns: [
            .fitting(lots.map(\.id), title: strings.lotColumn),
            TableColumn(strings.productColumn, width: .fill(1)),
            .fitting(arrived, title: strings.arrivedColumn),
            .fitting(left, title: strings.leftColumn),
        ], rows: lots.indices.map { index in
            [TableCell(lots[index].id, style: Style(.accent)), TableCell(lots[index].product), TableCell(arrived[index]),
             TableCell(left[index])]
        }, emptyText: strings.none).render(in: lotPane.inner(of: halves[1]), on: &screen, glyphs: glyphs)
    }
}
