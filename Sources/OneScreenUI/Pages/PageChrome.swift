import OneScreenCore

/// The header and status rows every page shares: where you are (breadcrumb), who and when (role, clock), and a status
/// bar that makes stale data impossible to miss. The body goes in between.
struct PageChrome: Sendable {
    var freshness: DataFreshness
    var sources: [SourceStatus]
    var now: Instant
    var utcOffset: Int
    var role: String
    /// The page, or the breadcrumb of a drill-down.
    var title: String
    var refreshedAt: Instant?
    /// Segments shown right after the freshness: a store problem, paused, the filter.
    var notices: [StatusSegment]
    var hints: String

    /// Draws the header in the first row and the status bar in the last, and returns the rows between.
    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs, strings: Strings, format: DisplayFormat) -> Rect {
        let rows = area.rows([.length(1), .fill(1), .length(1)])
        let isStale = freshness.isStale(at: now)
        header(isStale: isStale, glyphs: glyphs, strings: strings, format: format).render(in: rows[0], on: &screen, glyphs: glyphs)
        statusBar(strings: strings, format: format).render(in: rows[2], on: &screen, glyphs: glyphs)
        return rows[1]
    }

    /// Stale data turns the whole header critical as well as the status bar: on a wall screen seen from across the
    /// room, the top row is what gets read.
    private func header(isStale: Bool, glyphs: Glyphs, strings: Strings, format: DisplayFormat) -> HeaderBar {
        let clock = format.dateTime(now, utcOffset: utcOffset)
        let right = role.isEmpty ? clock : "\(role)  \(clock)"
        let style = isStale ? HealthStatus.critical.style : Style(.title, [.bold, .reverse])
        return HeaderBar(left: glyphs.isUnicode ? strings.appTitle : strings.appName, center: title, right: right, style: style)
    }

    /// Freshness first, because the bar cuts from the right and it is the one segment that must never go.
    private func statusBar(strings: Strings, format: DisplayFormat) -> StatusBar {
        let refreshed = StatusSegment(strings.refreshed(format.clock(refreshedAt ?? now, utcOffset: utcOffset)))
        return StatusBar(
            segments: [Self.freshness(freshness, at: now, strings: strings, format: format)] + notices
                + [Self.sources(sources, strings: strings), refreshed],
            hints: hints)
    }

    /// How old the newest reading is, or STALE in the alarm style: the text says it, not only the colour.
    static func freshness(_ freshness: DataFreshness, at now: Instant, strings: Strings, format: DisplayFormat) -> StatusSegment {
        guard let age = freshness.age(at: now) else { return .alarm(strings.staleNoData) }
        let text = format.duration(seconds: age)
        return freshness.isStale(at: now) ? .alarm(strings.stale(text)) : StatusSegment(strings.dataAge(text), style: Style(.ok))
    }

    /// How many sources are ok, failing and late.
    static func sources(_ sources: [SourceStatus], strings: Strings) -> StatusSegment {
        let states = sources.map(\.state)
        let failing = states.filter { $0 == .failing }.count
        let late = states.filter { $0 == .late }.count
        // Bold but not reversed: the reversed block stays reserved for stale data, the one thing that must stand out.
        let style = failing > 0 ? Style(.critical, .bold) : late > 0 ? Style(.warn, .bold) : Style(.ok)
        return StatusSegment(strings.sources(ok: states.filter { $0 == .ok }.count, failing: failing, late: late), style: style)
    }
}
