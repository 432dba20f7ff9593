import OneScreenCore

/// An alert's detail as the Alerts page draws it, as plain text: what a hook's `report` carries, so a mail to
/// decision makers holds the analysis (what fired it, the readings against the band, the timeline) exactly as the
/// dashboard shows it, in the hook's language and masked as the snapshot was.
public enum AlertReport {
    /// Wide enough for the firing values and the timeline side by side, as on a 100-column terminal.
    public static let width = 100
    /// Rows of the drawing at most: the readings around the firing time and a timeline fit well within it.
    static let maxHeight = 60

    /// The text of `snapshot`'s alert detail, trailing blanks and empty rows cut; nil when it holds none.
    public static func text(_ snapshot: PageSnapshot, language: Language) -> String? {
        guard case .alert(let detail?) = snapshot.content else { return nil }
        let context = PageView.context(snapshot, navigation: Navigation(page: .alerts, detail: "\(detail.alert.id)"), language: language)
        // The head, then the taller of the two panes: readings (with a caption per series and a heading) or fields,
        // beside the timeline with its heading, each within a border.
        let values = max(detail.fields.count, detail.series.reduce(0) { $0 + $1.readings.count + 1 } + 1)
        let lower = max(values, detail.timeline.count + 1) + 2
        let height = min(maxHeight, (detail.links.isEmpty ? 8 : 9) + lower)
        var screen = Screen(width: width, height: height)
        AlertDetailBody(detail: detail, context: context).render(in: screen.area, on: &screen, glyphs: .unicode)
        var lines = screen.lines().map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
