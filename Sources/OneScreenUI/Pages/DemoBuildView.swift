import OneScreenCore

/// The first run's frame while the demo store is built from the sample data (a few seconds): what is happening, a
/// bar of how far it is, the file going in, instead of a blank terminal.
public struct DemoBuildView: Sendable {
    public var progress: DemoProgress
    public var language: Language

    public init(progress: DemoProgress, language: Language) {
        self.progress = progress
        self.language = language
    }

    /// Room for the bar and its words; on a smaller terminal the words alone.
    static let boxWidth = 60
    static let boxHeight = 7

    public func screen(width: Int, height: Int, glyphs: Glyphs) -> Screen {
        var screen = Screen(width: width, height: height)
        guard !screen.area.isEmpty else { return screen }
        let strings = Strings(language)
        let box = Rect(x: max(0, (width - Self.boxWidth) / 2), y: max(0, (height - Self.boxHeight) / 2),
                       width: min(width, Self.boxWidth), height: min(height, Self.boxHeight))
        let pane = Pane(title: glyphs.isUnicode ? strings.appTitle : strings.appName, isFocused: true, padding: 1)
        pane.render(in: box, on: &screen, glyphs: glyphs)
        let rows = pane.inner(of: box).rows([.length(1), .length(1), .length(1), .length(1), .fill(1)])
        Label(strings.buildingDemo, style: Style(.title, .bold), wraps: false).render(in: rows[0], on: &screen, glyphs: glyphs)
        Gauge(value: progress.fraction, valueText: DisplayFormat(language).percent(progress.fraction), role: .accent)
            .render(in: rows[2], on: &screen, glyphs: glyphs)
        // The file's own name: where the clone lives says nothing here.
        let file = progress.file.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? ""
        Label(progress.problem ?? strings.demoFile(file), style: progress.problem == nil ? Style(.muted) : Style(.warn, .bold), wraps: false)
            .render(in: rows[3], on: &screen, glyphs: glyphs)
        return screen
    }
}
