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
    /// The pane drawn with focus, which Enter or a second click opens; nil on a wall screen, which has no cursor.
    public var selectedPane: PageKind?
    /// The compliance window the snapshot was read for, which the quality pane names.
    public var window = TimeRange.standard
    /// Status bar segments after the freshness (the window), besides the notice.
    public var segments: [StatusSegment] = []

    /// The panes in reading order (top left, top right, bottom left, bottom right), each standing for its page.
    public static let panes: [PageKind] = [.quality, .customers, .contracts, .alerts]

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
            today: snapshot.today, utcOffset: snapshot.utcOffset,
            isCondensed: area.width < Self.roomyWidth || area.height < Self.roomyHeight,
            masks: snapshot.masks,
            selectedPane: selectedPane,
            window: window
        )
        let chrome = PageChrome(
            freshness: snapshot.freshness, sources: snapshot.sources, now: snapshot.now, utcOffset: snapshot.utcOffset,
            role: role, title: page, refreshedAt: refreshedAt, notices: (notice.map { [StatusSegment.alarm($0)] } ?? []) + segments,
            hints: strings.keyHints)
        let body = chrome.render(in: area, on: &screen, glyphs: glyphs, strings: strings, format: context.format)

        let halves = body.rows([.fill(1), .fill(1)])
        let areas = halves[0].columns([.fill(1), .fill(1)]) + halves[1].columns([.fill(1), .fill(1)])
        let widgets: [any Widget] = [
            QualityPane(quality: snapshot.quality, context: context),
            CustomerPane(customers: snapshot.customers, context: context),
            ContractPane(contracts: snapshot.contracts, context: context),
            AlertPane(alerts: snapshot.alerts, context: context),
        ]
        for (index, pane) in Self.panes.enumerated() {
            widgets[index].render(in: areas[index], on: &screen, glyphs: glyphs)
            screen.mark(areas[index], as: .pane(pane))
        }
    }

    private func renderTooSmall(in area: Rect, on screen: inout Screen, glyphs: Glyphs, strings: Strings) {
        let message = strings.terminalTooSmall(needs: "\(Self.minimumWidth)x\(Self.minimumHeight)", dash: glyphs.dash)
        let lines = LineWrapper.wrap(message, width: area.width).count
        let height = min(max(lines, 1), area.height)
        let box = Rect(x: area.x, y: area.y + (area.height - height) / 2, width: area.width, height: height)
        Label(message, style: Style(.warn, .bold), alignment: .center).render(in: box, on: &screen, glyphs: glyphs)
    }
}
