import OneScreenCore

/// 数据源: every source with its state, rows accepted and rejected, last success and last error.
struct SourceListBody: Widget {
    let sources: [SourceStatus]
    let context: PageContext

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let pane = Pane(title: strings.page(.sources), rightTitle: format.count(sources.count), isFocused: true, padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let accepted = sources.map { format.count($0.accepted) }
        let rejected = sources.map { format.count($0.rejected) }
        let ages = sources.map { $0.lastSuccess.map(context.age) ?? DisplayFormat.missing }
        Table(columns: [
            TableColumn(strings.nameColumn, width: .fill(1)),
            .fitting(sources.map(\.kind), title: strings.kindColumn, .state),
            .fitting(sources.map { strings.sourceState($0.state) }, title: strings.statusColumn, .state),
            .fitting(accepted, title: strings.acceptedColumn, .count, alignment: .right),
            .fitting(rejected, title: strings.rejectedColumn, .count, alignment: .right),
            .fitting(ages, title: strings.lastSuccessColumn, .duration, alignment: .right),
            TableColumn(strings.errorColumn, width: .fill(2)),
        ], rows: sources.indices.map { index in
            let source = sources[index]
            let state: Style = switch source.state {
            case .ok: Style(.ok)
            case .late: Style(.warn, .bold)
            case .failing: HealthStatus.critical.style
            case .disabled: Style(.muted)
            }
            return [TableCell(source.name), TableCell(source.kind, style: Style(.muted)), TableCell(strings.sourceState(source.state), style: state),
                    TableCell(accepted[index]), TableCell(rejected[index]), TableCell(ages[index]),
                    TableCell(source.lastError ?? "", style: Style(.warn))]
        }, selectedRow: context.navigation.selection, emptyText: strings.none, hitList: 0)
            .render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }
}
