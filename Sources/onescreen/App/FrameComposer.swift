import OneScreenCore
import OneScreenUI

/// Turns the dashboard's state into a frame: the one place the CLI meets the pages.
struct FrameComposer {
    var language: Language
    var glyphs: Glyphs
    var themes: [Theme]
    var themeIndex = 0
    var utcOffset: Int
    var viewer: Viewer
    /// Whether the locale can show Chinese; when not, the status line says so instead of drawing blanks.
    var showsCJK = true

    var theme: Theme { themes[themeIndex] }

    mutating func nextTheme() -> Theme {
        themeIndex = (themeIndex + 1) % max(1, themes.count)
        return theme
    }

    /// What shows before the first read completes: the overview with every figure absent and the freshness alarm on.
    func placeholder(now: Instant) -> PageSnapshot {
        let empty = OverviewSnapshot.empty(at: now, utcOffset: utcOffset)
        return PageSnapshot(now: now, utcOffset: utcOffset, freshness: empty.freshness, sources: [], content: .overview(empty))
    }

    /// - Parameters:
    ///   - snapshot: the last snapshot read, already masked for the viewer; nil before the first read.
    ///   - now: the clock, which ticks between reads: ages and the header clock follow it.
    ///   - lastRead: when `snapshot` was read.
    ///   - problem: why the last read failed, shown in the status bar while the previous data stays up.
    ///   - banner: a wall screen's announcement of new alerts.
    func compose(
        snapshot: PageSnapshot?, state: DashboardState, now: Instant, lastRead: Instant?, problem: String?,
        banner: AlertBanner? = nil, width: Int, height: Int
    ) -> Screen {
        var shown = snapshot ?? placeholder(now: now)
        shown.now = now
        if case .overview(var overview) = shown.content {
            overview.now = now
            shown.content = .overview(overview)
        }
        let strings = Strings(language)
        var glyphs = self.glyphs
        // Without colour the series of a chart are told apart by their marks, and mono terminals often lack Braille.
        if theme.name == Theme.mono.name { glyphs.chartMarks = .ascii }
        var page = PageView(snapshot: shown, navigation: state.navigation, language: language, role: viewer.role.name)
        page.refreshedAt = lastRead
        page.notice = problem.map(Sanitizer.line) ?? (state.paused ? strings.paused : showsCJK ? nil : strings.cjkUnavailable)
        if let kiosk = state.kiosk {
            page.hints = strings.kioskHints(quitKey: kiosk.quitKey.description)
            return KioskView(page: page, rotation: kiosk.status(at: now), banner: banner)
                .screen(width: width, height: height, glyphs: glyphs)
        }
        return page.screen(width: width, height: height, glyphs: glyphs)
    }

    /// The rows the selection moves over on the shown page.
    func rowIDs(_ snapshot: PageSnapshot?, state: DashboardState) -> [String] {
        snapshot.map { PageView.rowIDs(of: $0, navigation: state.navigation, language: language) } ?? []
    }

    /// The sorts of the shown list.
    func sorting(_ snapshot: PageSnapshot?, state: DashboardState) -> ListSorting? {
        snapshot.flatMap { PageView.sorting(of: $0, navigation: state.navigation, language: language) }
    }
}
