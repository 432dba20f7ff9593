import Foundation
import OneScreenCore
import OneScreenUI

/// Turns the dashboard's state into a frame: the one place the CLI meets the pages.
struct FrameComposer {
    var language: Language
    var glyphs: Glyphs
    var themes: [Theme]
    var themeIndex = 0
    var utcOffset: Int
    var role: String

    var theme: Theme { themes[themeIndex] }

    mutating func nextTheme() -> Theme {
        themeIndex = (themeIndex + 1) % max(1, themes.count)
        return theme
    }

    func compose(
        snapshot: OverviewSnapshot?, state: DashboardState, now: Instant, lastRead: Instant?, problem: String?,
        width: Int, height: Int
    ) -> Screen {
        var screen = Screen(width: width, height: height)
        let pane = Pane(title: "onescreen 一屏尽览")
        pane.render(in: screen.area, on: &screen, glyphs: glyphs)
        let inner = pane.inner(of: screen.area)
        screen.put(now.rfc3339(utcOffset: utcOffset), at: inner.x, y: inner.y, maxWidth: inner.width)
        if let snapshot {
            let rate = snapshot.quality.overall.rate.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
            screen.put("质量 Quality \(rate)", at: inner.x, y: inner.y + 1, maxWidth: inner.width)
        }
        if let problem { screen.put(problem, at: inner.x, y: inner.y + 2, maxWidth: inner.width, style: Style(.critical)) }
        return screen
    }
}
