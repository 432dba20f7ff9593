import OneScreenCore

/// 数据源: every source with its state, rows accepted and rejected, the time since its last success, a stream's
/// rate and restarts, and its last error; filters and sorts like every list.
struct SourceListBody: Widget {
    let sources: [SourceStatus]
    let context: PageContext

    static func model(_ context: PageContext) -> ListModel<SourceStatus> {
        let strings = context.strings
        let format = context.format
        return ListModel(id: .sources, columns: [
            ListColumn("name", strings.nameColumn, .text, width: .name(weight: 1, least: 12), priority: 9, order: { .text($0.name) }) {
                TableCell($0.name)
            },
            ListColumn("kind", strings.kindColumn, .state, priority: 2, order: { .text($0.kind) }) { TableCell($0.kind, style: Style(.muted)) },
            ListColumn("state", strings.statusColumn, .state, priority: 8, order: { .number(Double(Self.severity($0.state))) }) {
                TableCell(strings.sourceState($0.state), style: Self.style($0.state))
            },
            ListColumn("accepted", strings.acceptedColumn, .count, alignment: .right, priority: 4, descendingFirst: true,
                       order: { .number(Double($0.accepted)) }) { TableCell(format.count($0.accepted)) },
            ListColumn("rejected", strings.rejectedColumn, .count, alignment: .right, priority: 5, descendingFirst: true,
                       order: { .number(Double($0.rejected)) }) { TableCell(format.count($0.rejected)) },
            ListColumn("success", strings.lastSuccessColumn, .duration, alignment: .right, priority: 6,
                       order: { .number($0.lastSuccess.map { context.now.seconds(since: $0) }) }) {
                TableCell($0.lastSuccess.map(context.age) ?? DisplayFormat.missing)
            },
            ListColumn("stream", strings.streamColumn, .text, priority: 3, order: { .number($0.stream.map { $0.since == nil ? -1 : $0.linesPerSecond }) }) {
                TableCell($0.stream.map { strings.streamHealth($0, format: format) } ?? "", style: Style($0.stream?.lag == nil ? .muted : .warn))
            },
            ListColumn("error", strings.errorColumn, .text, width: .constraint(.fill(2)), priority: 1, order: { .text($0.lastError ?? "") }) {
                TableCell($0.lastError ?? "", style: Style(.warn))
            },
        ], standard: SortChoice(column: "name", descending: false))
    }

    /// Failing first when sorted by state, then late, ok, disabled.
    private static func severity(_ state: SourceStatus.State) -> Int {
        switch state {
        case .failing: 0
        case .late: 1
        case .ok: 2
        case .disabled: 3
        }
    }

    private static func style(_ state: SourceStatus.State) -> Style {
        switch state {
        case .ok: Style(.ok)
        case .late: Style(.warn, .bold)
        case .failing: HealthStatus.critical.style
        case .disabled: Style(.muted)
        }
    }

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let model = Self.model(context)
        let rows = model.rows(sources, navigation: context.navigation)
        let pane = Pane(title: context.strings.page(.sources), rightTitle: context.format.count(rows.count), isFocused: true, padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        model.table(rows, navigation: context.navigation, glyphs: glyphs, selectedRow: context.navigation.selection, hitList: 0,
                    emptyText: context.strings.none)
            .render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }
}
