import OneScreenCore

/// 质量: every metric by stage and site (value, band, 24 h sparkline, compliance; the worst compliance first unless
/// sorted otherwise) above the lot list that opens a lot's trace. The selection is in one of the two lists (← →
/// moves it): the lots, list 0, or the metrics, list 1, which then scroll with it and show where it is (`12/48`).
/// Both filter with `/` and sort with `<` `>` `I`, each its own way.
struct QualityBody: Widget {
    let quality: QualitySnapshot
    let context: PageContext

    /// The lists of `Navigation.list` on this page.
    static let lotList = 0
    static let metricList = 1

    /// The sparkline column: 24 cells, one per hour.
    static let trendWidth = 24
    /// Below these widths a metric's or site's name stops saying which it is; the optional columns go first.
    static let metricNameMinimumWidth = 16
    static let siteNameMinimumWidth = 12
    /// The trend column's place in the metric table, where the sparklines go.
    static let trendColumn = 5

    static func metricModel(_ context: PageContext, glyphs: Glyphs) -> ListModel<MetricStatus> {
        let strings = context.strings
        let format = context.format
        return ListModel(id: .qualityMetrics, columns: [
            ListColumn("stage", strings.stageColumn, .stage, priority: 1, order: { .number(Double(Stage.allCases.firstIndex(of: $0.stage) ?? 0)) }) {
                TableCell(strings.stage($0.stage))
            },
            ListColumn("metric", strings.metricColumn, .text, width: .constraint(.min(metricNameMinimumWidth)), priority: 5,
                       order: { .text($0.name) }) { TableCell($0.name) },
            ListColumn("site", strings.siteColumn, .text, width: .constraint(.min(siteNameMinimumWidth)), priority: 4,
                       order: { .text($0.site) }) { TableCell($0.site, style: Style(.muted)) },
            ListColumn("value", strings.valueColumn, .reading, alignment: .right, priority: 6, descendingFirst: true,
                       order: { .number($0.value) }) { metric in
                TableCell(metric.value.map { format.measure($0, unit: metric.unit, masks: context.masks) } ?? DisplayFormat.missing,
                          style: metric.isInside ? Style(.ok) : HealthStatus.critical.style)
            },
            ListColumn("band", strings.bandColumn, .band, alignment: .right, priority: 2) {
                TableCell(format.band(min: $0.min, max: $0.max, unit: $0.unit, glyphs: glyphs), style: Style(.muted))
            },
            ListColumn("trend", strings.trendColumn(over: context.window), .text, width: .constraint(.length(trendWidth))) { _ in "" },
            ListColumn("compliance", strings.compliance, .percent, alignment: .right, priority: 3, order: { .number($0.compliance.rate) }) {
                TableCell(format.percent($0.compliance.rate))
            },
        ], standard: SortChoice(column: "compliance", descending: false), searchTexts: { [$0.metric] })
    }

    static func lotModel(_ context: PageContext) -> ListModel<LotSummary> {
        let strings = context.strings
        return ListModel(id: .qualityLots, columns: [
            ListColumn("lot", strings.lotColumn, .code, priority: 9, order: { .text($0.id) }) { TableCell($0.id, style: Style(.accent)) },
            ListColumn("product", strings.productColumn, .text, width: .constraint(.fill(1)), priority: 4, order: { .text($0.product) }) {
                TableCell($0.product)
            },
            ListColumn("stage", strings.stageColumn, .stage, priority: 5,
                       order: { .number(Double(Stage.allCases.firstIndex(of: $0.lastStage) ?? 0)) }) { TableCell(strings.stage($0.lastStage)) },
            ListColumn("site", strings.siteColumn, .text, width: .constraint(.fill(2)), priority: 3, order: { .text($0.lastSite) }) {
                TableCell($0.lastSite, style: Style(.muted))
            },
            ListColumn("seen", strings.lastSeenColumn, .time, priority: 6, descendingFirst: true, order: { .number(Double($0.lastSeen.millis)) }) {
                TableCell(context.when($0.lastSeen))
            },
            ListColumn("marks", strings.marksColumn, .state, priority: 8, descendingFirst: true,
                       order: { .number(Double(($0.isHeld ? 2 : 0) + ($0.isBreached ? 1 : 0))) }) { lot in
                TableCell(marks(lot, strings), style: lot.isHeld || lot.isBreached ? HealthStatus.critical.style : .plain)
            },
        ], standard: SortChoice(column: "seen", descending: true))
    }

    /// The ids the selection moves over in the list it is in.
    static func rowIDs(_ quality: QualitySnapshot, context: PageContext) -> [String] {
        context.navigation.list == metricList
            ? metricModel(context, glyphs: .ascii).rows(quality.metrics, navigation: context.navigation).map { "\($0.site)/\($0.metric)" }
            : lotModel(context).rows(quality.lots, navigation: context.navigation).map(\.id)
    }

    /// What a lot row must say before anything else: held, breached on its way, both, or nothing.
    private static func marks(_ lot: LotSummary, _ strings: Strings) -> String {
        [lot.isHeld ? strings.held : nil, lot.isBreached ? strings.breach : nil].compactMap { $0 }.joined(separator: " ")
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let navigation = context.navigation
        // A store without lots (or without series) gives the other list the whole page.
        let halves = area.rows([.fill(quality.metrics.isEmpty && !quality.lots.isEmpty ? 0 : 1),
                                .fill(quality.lots.isEmpty && !quality.metrics.isEmpty ? 0 : 1)])
        let metricModel = Self.metricModel(context, glyphs: glyphs)
        let metrics = metricModel.rows(quality.metrics, navigation: navigation)
        let metricsFocused = navigation.list == Self.metricList
        // Where the selection is, once there is something to scroll through: the count alone otherwise.
        let position = metricsFocused && !metrics.isEmpty
            ? "\(min(navigation.selection, metrics.count - 1) + 1)/\(context.format.count(metrics.count))"
            : context.format.count(metrics.count)
        let metricPane = Pane(title: strings.metrics(over: context.window), rightTitle: position, isFocused: metricsFocused, padding: 0)
        metricPane.render(in: halves[0], on: &screen, glyphs: glyphs)
        let metricArea = metricPane.inner(of: halves[0])
        let table = metricModel.table(metrics, navigation: navigation, glyphs: glyphs, selectedRow: metricsFocused ? navigation.selection : nil,
                                      hitList: Self.metricList, emptyText: strings.none)
        table.render(in: metricArea, on: &screen, glyphs: glyphs)
        renderSparklines(metrics, table: table, in: metricArea, selectedRow: metricsFocused ? navigation.selection : nil, on: &screen, glyphs: glyphs)

        let lotModel = Self.lotModel(context)
        let lots = lotModel.rows(quality.lots, navigation: navigation)
        let lotPane = Pane(title: strings.lots, rightTitle: context.format.count(lots.count), isFocused: !metricsFocused, padding: 0)
        lotPane.render(in: halves[1], on: &screen, glyphs: glyphs)
        lotModel.table(lots, navigation: navigation, glyphs: glyphs, selectedRow: metricsFocused ? nil : navigation.selection,
                       hitList: Self.lotList, emptyText: strings.none)
            .render(in: lotPane.inner(of: halves[1]), on: &screen, glyphs: glyphs)
    }

    /// Sparklines go into the empty trend column, row by row, where the table put each series; when the row is
    /// short the trend column is the first to go (it has the lowest priority), and names keep their width.
    private func renderSparklines(_ metrics: [MetricStatus], table: Table, in area: Rect, selectedRow: Int?, on screen: inout Screen,
                                  glyphs: Glyphs) {
        guard let slot = table.visibleColumns(in: area).first(where: { $0.column == Self.trendColumn })?.slot else { return }
        let visible = area.height - 1
        let first = table.firstVisibleRow(visible: visible)
        for (offset, metric) in metrics.dropFirst(first).prefix(visible).enumerated() {
            let cells = Rect(x: slot.x, y: area.y + 1 + offset, width: slot.width, height: 1)
            Sparkline(metric.hourly).render(in: cells, on: &screen, glyphs: glyphs)
            if first + offset == selectedRow { screen.patchStyle(Style(background: .selection), in: cells) }
        }
    }
}
