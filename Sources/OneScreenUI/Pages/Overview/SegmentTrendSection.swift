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
    /// What the sparklines show, above them: `每小时合规率 24小时 · 刻度 80–100% · 目标 ≥98%`.
    var caption = ""
    /// Times under the sparklines, by slot (hour) index: what each stretch of the axis stands for.
    var timeLabels: [(slot: Int, text: String)] = []

    /// Taller sparklines stop adding detail (24 points) and start to look like a bar chart.
    static let maximumSparklineRows = 6
    /// Compliance is drawn from this floor to 100%: below it every hour is equally bad, and above it is where the
    /// day-to-day movement lives that an auto scale would blow up into false alarms.
    static let sparklineFloor = 0.8

    /// One tally row, or the same number of rows for every segment, with the caption and the time row once the
    /// sparklines are two rows tall (at one row each the pane has no room to spare).
    func claim(width: Int) -> RowBudget.Claim {
        let blocks = (1...Self.maximumSparklineRows).map { $0 * segments.count + ($0 > 1 && !caption.isEmpty ? 2 : 0) }
        return RowBudget.Claim(sizes: [1] + blocks, priority: priority)
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty, !segments.isEmpty else { return }
        guard area.height >= segments.count else {
            TallyGrid(segments.map { TallyItem($0.name, $0.rate, valueStyle: $0.status.style) })
                .render(in: area, on: &screen, glyphs: glyphs)
            return
        }
        let labelled = !caption.isEmpty && area.height >= 2 * segments.count + 2
        let blocks = labelled ? Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2) : area
        if labelled {
            screen.put(DisplayWidth.fit(caption, to: area.width, ellipsis: glyphs.ellipsis), at: area.x, y: area.y,
                       maxWidth: area.width, style: Style(.muted))
        }
        let rowsEach = min(blocks.height / segments.count, Self.maximumSparklineRows)
        let nameWidth = segments.map { DisplayWidth.width(of: $0.name) }.max() ?? 0
        let rateWidth = segments.map { DisplayWidth.width(of: $0.rate) }.max() ?? 0
        let textWidth = min(nameWidth + 1 + rateWidth, area.width)
        for (index, segment) in segments.enumerated() {
            let block = Rect(x: blocks.x, y: blocks.y + index * rowsEach, width: blocks.width, height: rowsEach)
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
        guard labelled, let count = segments.first?.hourly.count, count > 0 else { return }
        // Where the sparkline put each slot: stretched to whole columns per value, newest at the right edge.
        let chartX = area.x + textWidth + 1, chartWidth = area.width - textWidth - 1
        let perValue = max(1, chartWidth / count)
        let first = chartX + chartWidth - min(count, chartWidth / perValue) * perValue
        var free = chartX
        for label in timeLabels {
            let x = first + (label.slot - max(0, count - chartWidth / perValue)) * perValue
            guard x >= free, x + DisplayWidth.width(of: label.text) <= area.right else { continue }
            free = x + screen.put(label.text, at: x, y: area.bottom - 1, style: Style(.muted)) + 1
        }
    }
}
