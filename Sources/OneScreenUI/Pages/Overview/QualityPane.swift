import OneScreenCore

/// 质量 Quality: compliance over the last 24 hours overall and per chain segment, and the series out of standard now,
/// worst first, with how long each has been out.
struct QualityPane: Widget {
    let quality: QualityOverview
    let context: OverviewContext

    /// At or above this share of readings inside standard the chain is healthy.
    static let complianceTarget = 0.98
    /// Below this the pane shows compliance as critical: one reading in twenty out of standard is a systemic problem,
    /// not a sensor glitch.
    static let complianceCritical = 0.95
    /// Wide enough to give the site a column of its own; narrower, it follows the metric's name in one cut cell.
    static let siteColumnMinimumWidth = 44
    /// Wide enough to show each series' band beside its value.
    static let bandColumnMinimumWidth = 56

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let pane = context.pane(.quality, title: strings.quality)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let inner = pane.inner(of: area)
        let layout = WorstColumns(showsSite: inner.width >= Self.siteColumnMinimumWidth,
                                  showsBand: inner.width >= Self.bandColumnMinimumWidth)
        let sections: [any PaneSection] = [
            RowSection(overall, priority: 0),
            SegmentTrendSection(segments: quality.segments.map(segment), priority: 2, caption: trendCaption(glyphs: glyphs),
                                timeLabels: trendTimes),
            ListSection(
                SectionHeading(strings.worstNow, detail: strings.openIssues(context.format.count(quality.openIssues)),
                               detailStyle: Style(quality.openIssues > 0 ? .warn : .ok)),
                columns: worstColumns(layout, glyphs: glyphs), rows: worstRows(layout, glyphs: glyphs), priority: 1),
        ]
        SectionStack(sections).render(in: inner, on: &screen, glyphs: glyphs)
    }

    static func status(of rate: Double?) -> HealthStatus {
        guard let rate else { return .warn }
        if rate >= complianceTarget { return .ok }
        return rate >= complianceCritical ? .warn : .critical
    }

    private var overall: Gauge {
        let rate = quality.overall.rate
        return Gauge(label: context.strings.compliance, value: rate ?? 0,
                     range: SegmentTrendSection.sparklineFloor...1, band: Self.complianceTarget...1,
                     valueText: context.format.percent(rate), role: Self.status(of: rate).role)
    }

    /// What the stage sparklines are: hourly compliance over the window, on a scale from the floor to 100 %, with the
    /// target the pane judges by.
    private func trendCaption(glyphs: Glyphs) -> String {
        func percent(_ ratio: Double) -> String { "\(Int((ratio * 100).rounded()))" }
        return context.strings.trendCaption(
            window: context.window.rawValue,
            scale: percent(SegmentTrendSection.sparklineFloor) + glyphs.rangeSeparator + percent(1) + "%",
            target: glyphs.atLeast + percent(Self.complianceTarget) + "%")
    }

    /// Where the trend's slots start: every sixth clock hour (`14:00`) over a day, every sixth slot's date (`11-28`)
    /// over longer windows, the slots ending with the one holding now.
    private var trendTimes: [(slot: Int, text: String)] {
        let count = quality.segments.first?.hourly.count ?? 0
        let hoursEach = Int64(context.window.trendSlotHours)
        let hour: Int64 = 3_600_000
        let lastStart = (context.now.millis + hour - 1) / hour * hour - hoursEach * hour
        return (0..<count).compactMap { slot in
            let start = Instant(millis: lastStart - Int64(count - 1 - slot) * hoursEach * hour)
            guard hoursEach == 1 else {
                guard (count - 1 - slot) % 6 == 5 else { return nil }
                let (_, month, day) = start.day(utcOffset: context.utcOffset).components
                return (slot, (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)")
            }
            let clock = context.format.clock(start, utcOffset: context.utcOffset)
            return Int(clock.prefix(2)).map { $0 % 6 == 0 } == true ? (slot, clock) : nil
        }
    }

    private func segment(_ entry: QualityOverview.SegmentCompliance) -> SegmentTrendSection.Segment {
        let rate = entry.compliance.rate
        return .init(name: context.strings.segment(entry.segment), rate: context.format.percent(rate),
                     status: Self.status(of: rate), hourly: entry.hourly)
    }

    private func worstTexts(glyphs: Glyphs) -> [(value: String, band: String, age: String)] {
        quality.worst.map { item in
            (context.measure(item.value, unit: item.unit),
             context.format.band(min: item.min, max: item.max, unit: item.unit, glyphs: glyphs),
             context.age(since: item.since))
        }
    }

    /// Which of the optional columns of the out-of-band list the pane's width allows.
    private struct WorstColumns {
        let showsSite: Bool
        let showsBand: Bool
    }

    private func worstColumns(_ layout: WorstColumns, glyphs: Glyphs) -> [TableColumn] {
        let texts = worstTexts(glyphs: glyphs)
        var columns = [
            TableColumn.fitting(quality.worst.map(\.level.label)),
            layout.showsSite ? TableColumn.upTo(quality.worst.map(\.name)) : TableColumn("", width: .fill(1)),
            TableColumn.fitting(texts.map(\.value), alignment: .right),
        ]
        if layout.showsBand { columns.append(.fitting(texts.map(\.band))) }
        if layout.showsSite { columns.append(TableColumn("", width: .fill(1))) }
        columns.append(.fitting(texts.map(\.age), alignment: .right))
        return columns
    }

    private func worstRows(_ layout: WorstColumns, glyphs: Glyphs) -> [[TableCell]] {
        zip(quality.worst, worstTexts(glyphs: glyphs)).map { item, texts in
            let badge = LevelBadge(item.level)
            var row = [
                badge.tableCell,
                TableCell(layout.showsSite ? item.name : "\(item.name) \(item.site)"),
                TableCell(texts.value, style: badge.style),
            ]
            if layout.showsBand { row.append(TableCell(texts.band, style: Style(.muted))) }
            if layout.showsSite { row.append(TableCell(item.site)) }
            row.append(TableCell(texts.age, style: Style(.warn)))
            return row
        }
    }
}
