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

    var theme: Theme { themes[themeIndex] }

    mutating func nextTheme() -> Theme {
        themeIndex = (themeIndex + 1) % max(1, themes.count)
        return theme
    }

    /// - Parameters:
    ///   - snapshot: the last snapshot read, already masked for the viewer; nil before the first read.
    ///   - now: the clock, which ticks between reads: ages and the header clock follow it.
    ///   - lastRead: when `snapshot` was read.
    ///   - problem: why the last read failed, shown in the status bar while the previous data stays up.
    func compose(
        snapshot: OverviewSnapshot?, state: DashboardState, now: Instant, lastRead: Instant?, problem: String?,
        width: Int, height: Int
    ) -> Screen {
        var shown = snapshot ?? OverviewSnapshot.empty(at: now, utcOffset: utcOffset)
        shown.now = now
        let strings = Strings(language)
        var page = OverviewPage(snapshot: shown, language: language, role: viewer.role.name, page: strings.overviewPage)
        page.refreshedAt = lastRead
        page.notice = problem ?? (state.paused ? strings.paused : nil)
        return page.screen(width: width, height: height, glyphs: glyphs)
    }
}
