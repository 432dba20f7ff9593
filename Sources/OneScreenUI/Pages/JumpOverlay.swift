import OneScreenCore

/// The `:` jump bar over any page: the prompt on the row above the status bar and, above it, the candidates for what
/// is typed (kind, id and name), the highlighted one in the selection colour, as many as the screen leaves room for.
struct JumpOverlay: Widget {
    let prompt: JumpPrompt
    let strings: Strings

    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard area.height >= 3 else { return }
        let bar = Rect(x: area.x, y: area.bottom - 2, width: area.width, height: 1)
        PromptBar(label: strings.jumpPrompt, editor: prompt.line, hint: strings.jumpHint,
                  problem: prompt.notFound ? strings.jumpNotFound(prompt.line.trimmedText) : nil)
            .render(in: bar, on: &screen, glyphs: glyphs)
        let candidates = prompt.candidates
        // The box keeps the page's header row free, so the user still sees where they are.
        let rows = min(candidates.count, area.height - 4)
        guard rows > 0 else { return }
        let box = Rect(x: area.x, y: bar.y - rows - 2, width: area.width, height: rows + 2)
        screen.fill(box)
        let pane = Pane(title: strings.links, rightTitle: "\(candidates.count)", isFocused: true, padding: 0)
        pane.render(in: box, on: &screen, glyphs: glyphs)
        let kinds = candidates.map { strings.target($0.target) }
        Table(columns: [
            .fitting(kinds, .text),
            TableColumn("", .text, width: .fill(1)),
        ], rows: candidates.indices.map { [TableCell(kinds[$0], style: Style(.accent)), TableCell(candidates[$0].label, style: Style(.muted))] },
        selectedRow: prompt.highlighted, showsHeader: false).render(in: pane.inner(of: box), on: &screen, glyphs: glyphs)
    }
}
