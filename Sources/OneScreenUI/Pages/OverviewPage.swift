import OneScreenCore

/// The overview page, 一屏尽览: header, the four panes 质量 / 客户 / 合同 / 预警, and a status bar that makes stale data
/// impossible to miss. A pure function of its values and the screen size, so every frame can be tested as text.
///
/// Layout by size:
/// - from `minimumWidth` x `minimumHeight` up: a 2x2 grid of panes between the header and status rows; below
///   `roomyWidth` x `roomyHeight` the panes drop their inner margin and every section folds to its condensed form;
///   larger screens fill with more rows, bars and wider, taller sparklines;
/// - below the minimum: a centred message saying how much is needed (nothing at all at 0x0).
public struct OverviewPage: Widget {
    public var snapshot: OverviewSnapshot
    public var language: Language
    /// The viewer's role as it should be shown, e.g. `质量经理` or `ops`.
    public var role: String
    /// The page's name as it should be shown, e.g. `总览` (see `Strings.overviewPage`).
    public var page: String
    /// When the snapshot was read, if not at `snapshot.now` (a live screen ticks its clock between reads).
    public var refreshedAt: Instant?
    /// A problem to show beside the freshness, e.g. a store that cannot be read right now.
    public var notice: String?

    /// The least terminal the four panes can share: each pane then keeps a few rows of its lists.
    public static let minimumWidth = 60
    public static let minimumHeight = 16
    /// From this size up the panes get an inner margin and their roomier forms.
    public static let roomyWidth = 100
    public static let roomyHeight = 30

    public init(snapshot: OverviewSnapshot, language: Language, role: String, page: String) {
        self.snapshot = snapshot
        self.language = language
        self.role = role
        self.page = page
    }

    /// A fresh `width` x `height` screen with the page drawn on it.
    public func screen(width: Int, height: Int, glyphs: Glyphs) -> Screen {
        var screen = Screen(width: width, height: height)
        render(in: screen.area, on: &screen, glyphs: glyphs)
        return screen
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        // Blank first, so a screen reused across frames shows nothing of the last one in gaps between columns.
        screen.fill(area)
        let strings = Strings(language)
        guard area.width >= Self.minimumWidth, area.height >= Self.minimumHeight else {
            renderTooSmall(in: area, on: &screen, glyphs: glyphs, strings: strings)
            return
        }
        let context = OverviewContext(
            strings: strings, format: DisplayFormat(language), now: snapshot.now,
            today: snapshot.today,
            isCondensed: area.width < Self.roomyWidth || area.height < Self.roomyHeight,
            masks: snapshot.masks
        )
        let isStale = snapshot.freshness.isStale(at: snapshot.now)
        let rows = area.rows([.length(1), .fill(1), .length(1)])
        header(context, isStale: isStale, glyphs: glyphs).render(in: rows[0], on: &screen, glyphs: glyphs)
        statusBar(context, isStale: isStale).render(in: rows[2], on: &screen, glyphs: glyphs)

        let halves = rows[1].rows([.fill(1), .fill(1)])
        let top = halves[0].columns([.fill(1), .fill(1)])
        let bottom = halves[1].columns([.fill(1), .fill(1)])
        QualityPane(quality: snapshot.quality, context: context).render(in: top[0], on: &screen, glyphs: glyphs)
        CustomerPane(customers: snapshot.customers, context: context).render(in: top[1], on: &screen, glyphs: glyphs)
        ContractPane(contracts: snapshot.contracts, context: context).render(in: bottom[0], on: &screen, glyphs: glyphs)
        AlertPane(alerts: snapshot.alerts, context: context).render(in: bottom[1], on: &screen, glyphs: glyphs)
    }

    /// Stale data turns the whole header critical as well as the status bar: on a wall screen seen from across the
    /// room, the top row is what gets read.
    private func header(_ context: OverviewContext, isStale: Bool, glyphs: Glyphs) -> HeaderBar {
        let clock = context.format.dateTime(snapshot.now, utcOffset: snapshot.utcOffset)
        let right = role.isEmpty ? clock : "\(role)  \(clock)"
        let style = isStale ? HealthStatus.critical.style : Style(.title, [.bold, .reverse])
        let title = glyphs.isUnicode ? context.strings.appTitle : context.strings.appName
        return HeaderBar(left: title, center: page, right: right, style: style)
    }

    /// Freshness first, because the bar cuts from the right and it is the one segment that must never go.
    private func statusBar(_ context: OverviewContext, isStale: Bool) -> StatusBar {
        let strings = context.strings
        let format = context.format
        let freshness: StatusSegment
        if let age = snapshot.freshness.age(at: snapshot.now) {
            let text = format.duration(seconds: age)
            freshness = isStale ? .alarm(strings.stale(text)) : StatusSegment(strings.dataAge(text), style: Style(.ok))
        } else {
            freshness = .alarm(strings.staleNoData)
        }
        let states = snapshot.sources.map(\.state)
        let failing = states.filter { $0 == .failing }.count
        let late = states.filter { $0 == .late }.count
        // Bold but not reversed: the reversed block stays reserved for stale data, the one thing that must stand out.
        let sourceStyle = failing > 0 ? Style(.critical, .bold) : late > 0 ? Style(.warn, .bold) : Style(.ok)
        let sources = StatusSegment(
            strings.sources(ok: states.filter { $0 == .ok }.count, failing: failing, late: late), style: sourceStyle
        )
        let lastRead = refreshedAt ?? snapshot.now
        let refreshed = StatusSegment(strings.refreshed(format.clock(lastRead, utcOffset: snapshot.utcOffset)))
        let notices = notice.map { [StatusSegment.alarm($0)] } ?? []
        return StatusBar(segments: [freshness] + notices + [sources, refreshed], hints: strings.keyHints)
    }

    private func renderTooSmall(in area: Rect, on screen: inout Screen, glyphs: Glyphs, strings: Strings) {
        let message = strings.terminalTooSmall(needs: "\(Self.minimumWidth)x\(Self.minimumHeight)", dash: glyphs.dash)
        let lines = LineWrapper.wrap(message, width: area.width).count
        let height = min(max(lines, 1), area.height)
        let box = Rect(x: area.x, y: area.y + (area.height - height) / 2, width: area.width, height: height)
        Label(message, style: Style(.warn, .bold), alignment: .center).render(in: box, on: &screen, glyphs: glyphs)
    }
}
