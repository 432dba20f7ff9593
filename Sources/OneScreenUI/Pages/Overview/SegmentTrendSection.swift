/// Compliance per chain segment (生产 / 配送 / 终端): the rate and its last 24 hours as a sparkline, one block per
/// segment, the sparklines growing taller and wider with the pane. With fewer rows than segments it folds into one
/// tally line of rates.
struct SegmentTrendSection: PaneSection {
    struct Segment: Sendable {
        let name: String
        let rate: String
        let status: HealthStatus
        let hourly: [Double?]
    }

    let segments: [Segment]
    let priority: Int

    /// Taller sparklines stop adding detail (24 points) and start to look like a bar chart.
    static let maximumSparklineRows = 6
    /// Compliance is drawn from this floor to 100%: below it every hour is equally bad, and above it is where the
    /// day-to-day movement lives that an auto scale would blow up into false alarms.
    static let sparklineFloor = 0.8

    /// One tally row, or the same number of rows for every segment.
    func claim(width: Int) -> RowBudget.Claim {
        let blocks = (1...Self.maximumSparklineRows).map { $0 * segments.count }
        return RowBudget.Claim(sizes: [1] + blocks, priority: priority)
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty, !segments.isEmpty else { return }
        guard area.height >= segments.count else {
            TallyGrid(segments.map { TallyItem($0.name, $0.rate, valueStyle: $0.status.style) })
                .render(in: area, on: &screen, glyphs: glyphs)
            return
        }
        let rowsEach = min(area.height / segments.count, Self.maximumSparklineRows)
        let nameWidth = segments.map { DisplayWidth.width(of: $0.name) }.max() ?? 0
        let rateWidth = segments.map { DisplayWidth.width(of: $0.rate) }.max() ?? 0
        let textWidth = min(nameWidth + 1 + rateWidth, area.width)
        for (index, segment) in segments.enumerated() {
            let block = Rect(x: area.x, y: area.y + index * rowsEach, width: area.width, height: rowsEach)
            // The figures sit on the block's last row, level with the sparkline's baseline.
            let textRow = Rect(x: block.x, y: block.bottom - 1, width: textWidth, height: 1)
            let x = textRow.x + screen.put(DisplayWidth.fit(segment.name + " ", to: textWidth - rateWidth,
                                                            ellipsis: glyphs.ellipsis),
                                           at: textRow.x, y: textRow.y, maxWidth: textWidth, style: Style(.muted))
            screen.put(DisplayWidth.fit(segment.rate, to: textRow.right - x, alignment: .right,
                                        ellipsis: glyphs.ellipsis),
                       at: x, y: textRow.y, maxWidth: textRow.right - x, style: segment.status.style)
            let chart = Rect(x: block.x + textWidth + 1, y: block.y, width: block.width - textWidth - 1,
                             height: block.height)
            Sparkline(segment.hourly, scale: .fixed(Self.sparklineFloor...1), stretches: true)
                .render(in: chart, on: &screen, glyphs: glyphs)
        }
    }
}
