import OneScreenCore

/// 静音中: the silences in force (`m` on the Alerts page), oldest first: its number, what it mutes, who made it and
/// why, until when and how long is left. The selected row carries the list's `>`; `u` ends it.
struct SilenceListBody: Widget {
    let silences: [Silence]
    let context: PageContext

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let strings = context.strings
        let format = context.format
        let pane = Pane(title: strings.silencesTitle, rightTitle: format.count(silences.count), isFocused: true, padding: 0)
        pane.render(in: area, on: &screen, glyphs: glyphs)
        let selected = context.navigation.selection
        let ids = silences.map { "#\($0.id)" }
        let owners = silences.map(\.createdBy)
        let untils = silences.map { context.when($0.until) }
        let lefts = silences.map { format.duration(seconds: $0.until.seconds(since: context.now)) }
        Table(columns: [
            TableColumn.fitting([AlertListBody.pointer]).ranked(10),
            .fitting(ids, title: "#", .count, alignment: .right).ranked(9),
            TableColumn(strings.silenceTargetColumn, width: .fill(3), priority: 8),
            .fitting(owners, title: strings.silenceOwnerColumn).ranked(6),
            TableColumn(strings.noteColumn, width: .fill(2), priority: 5),
            .fitting(untils, title: strings.silenceUntilColumn, .time).ranked(7),
            .fitting(lefts, title: strings.silenceLeftColumn, .duration, alignment: .right).ranked(7),
        ], rows: silences.indices.map { index in
            let silence = silences[index]
            return [TableCell(index == selected ? AlertListBody.pointer : "", style: Style(.accent, .bold)), TableCell(ids[index], style: Style(.muted)),
                    TableCell(silence.target.pattern, style: Style(.accent)), TableCell(owners[index]), TableCell(silence.note ?? "", style: Style(.muted)),
                    TableCell(untils[index]), TableCell(lefts[index], style: Style(.warn))]
        }, selectedRow: silences.indices.contains(selected) ? selected : nil, emptyText: strings.noSilences)
            .render(in: pane.inner(of: area), on: &screen, glyphs: glyphs)
    }
}
