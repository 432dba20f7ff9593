import OneScreenCore

/// Any page of the dashboard as one frame: the page's body for its snapshot between the shared header (with the
/// breadcrumb) and status bar, and the help overlay when asked for. A pure function of (snapshot, navigation, size,
/// language), like the overview it wraps.
public struct PageView: Sendable {
    public var snapshot: PageSnapshot
    public var navigation: Navigation
    public var language: Language
    /// The viewer's role as it should be shown.
    public var role: String
    /// When the snapshot was read, if not at `snapshot.now`.
    public var refreshedAt: Instant?
    /// A problem or state to show beside the freshness (a store that cannot be read, paused).
    public var notice: String?
    /// Whether the selected pane or row is highlighted; a wall screen has no cursor.
    public var showsSelection = true

    public init(snapshot: PageSnapshot, navigation: Navigation, language: Language, role: String) {
        self.snapshot = snapshot
        self.navigation = navigation
        self.language = language
        self.role = role
    }

    /// The ids of the list rows as shown (filtered and sorted): what the selection moves over and Enter opens.
    public static func rowIDs(of snapshot: PageSnapshot, navigation: Navigation, language: Language) -> [String] {
        let strings = Strings(language)
        switch snapshot.content {
        case .quality(let quality): return QualityBody.rowIDs(quality, navigation: navigation)
        case .customers(let rows): return CustomerListBody.rows(rows, navigation: navigation, strings: strings).map(\.id)
        case .contracts(let list): return ContractListBody.rows(list, filter: navigation.filter, strings: strings).map(\.id)
        case .alerts(let alerts):
            let messages = AlertMessageText(strings: strings, format: DisplayFormat(language), utcOffset: snapshot.utcOffset)
            return AlertListBody.rows(alerts, filter: navigation.filter, messages: messages).map { "\($0.id)" }
        case .sources(let sources): return sources.map(\.name)
        case .overview: return OverviewPage.panes.map(\.rawValue)
        case .lot(let trace): return trace.map(LotTraceBody.rowIDs) ?? []
        case .alert(let detail): return detail?.series.first.map { [$0.subject] } ?? []
        case .customer, .contract, .marketing, .series: return []
        }
    }

    /// How many sorts the page's list offers (for ← →).
    public static func sortCount(of page: PageKind) -> Int { page == .customers ? CustomerSort.allCases.count : 0 }

    public func screen(width: Int, height: Int, glyphs: Glyphs) -> Screen {
        var screen = Screen(width: width, height: height)
        render(in: screen.area, on: &screen, glyphs: glyphs)
        return screen
    }

    /// Draws the page in `area` of `screen`: all of it, or what a wall screen's band leaves (see `KioskView`).
    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let strings = Strings(language)
        let format = DisplayFormat(language)
        if case .overview(let overview) = snapshot.content {
            var page = OverviewPage(snapshot: overview, language: language, role: role, page: strings.overviewPage)
            page.refreshedAt = refreshedAt
            page.notice = notice
            page.window = navigation.range
            if let range = rangeSegment(strings, format: format) { page.segments = [range] }
            if showsSelection, OverviewPage.panes.indices.contains(navigation.selection) {
                page.selectedPane = OverviewPage.panes[navigation.selection]
            }
            page.render(in: area, on: &screen, glyphs: glyphs)
        } else {
            screen.fill(area)
            guard area.width >= OverviewPage.minimumWidth, area.height >= OverviewPage.minimumHeight else {
                OverviewPage(snapshot: .empty(at: snapshot.now, utcOffset: snapshot.utcOffset), language: language, role: role, page: "")
                    .render(in: area, on: &screen, glyphs: glyphs)
                return
            }
            let chrome = PageChrome(
                freshness: snapshot.freshness, sources: snapshot.sources, now: snapshot.now, utcOffset: snapshot.utcOffset,
                role: role, title: strings.breadcrumb(breadcrumb(strings)), refreshedAt: refreshedAt,
                notices: notices(strings, format: format),
                hints: navigation.page == .alerts ? strings.alertHints : strings.pageHints)
            let body = chrome.render(in: area, on: &screen, glyphs: glyphs, strings: strings, format: format)
            var shown = navigation
            // A selection before the first row highlights none.
            if !showsSelection { shown.selection = -1 }
            var context = PageContext(strings: strings, format: format, now: snapshot.now, today: snapshot.today,
                                      utcOffset: snapshot.utcOffset, navigation: shown)
            context.masks = snapshot.masks
            context.window = navigation.range
            self.body(context).render(in: body, on: &screen, glyphs: glyphs)
            alertOverlay(strings, format: format).promptBar?
                .render(in: Rect(x: area.x, y: area.bottom - 2, width: area.width, height: 1), on: &screen, glyphs: glyphs)
        }
        if navigation.showsHelp {
            let listed = navigation.detail == nil
            let alerts = navigation.page == .alerts
            let inSeries = navigation.series != nil
            let keys = inSeries ? [] : strings.keyHelp(drills: navigation.page.drills && listed,
                                                       sorts: Self.sortCount(of: navigation.page) > 0,
                                                       lists: navigation.page.lists > 1 && listed,
                                                       panes: navigation.page == .overview,
                                                       alertList: alerts && listed, alertActions: alerts)
            let timeKeys = navigation.showsRange || navigation.opensSeries
                ? strings.timeKeyHelp(series: inSeries, opens: navigation.opensSeries) : []
            let common = inSeries ? strings.keyHelp(drills: false, sorts: false).filter { !$0.key.contains("鼠标") && $0.key != "click" } : []
            HelpOverlay(title: strings.help, keys: keys + timeKeys + common)
                .render(in: area, on: &screen, glyphs: glyphs)
        }
    }

    /// `客户 › 客户 金鼎餐饮`: the page, then the opened row by the name the user knows it by.
    private func breadcrumb(_ strings: Strings) -> [String] {
        let page = strings.page(navigation.page)
        switch snapshot.content {
        case .lot(let trace): return [page, strings.lot(trace?.id ?? navigation.detail ?? "")]
        case .customer(let customer): return [page, strings.customer(customer?.row.name ?? navigation.detail ?? "")]
        case .contract(let chain): return [page, strings.contract(chain?.contract.id ?? navigation.detail ?? "")]
        case .alert(let detail): return [page, strings.alert(detail?.alert.id ?? Int64(navigation.detail ?? "") ?? 0)]
        case .series(let series): return [page, series?.request.subject ?? navigation.series ?? ""]
        default: return [page]
        }
    }

    /// The range on screen, `24h · live`, on the pages that draw over one.
    func rangeSegment(_ strings: Strings, format: DisplayFormat) -> StatusSegment? {
        guard navigation.showsRange else { return nil }
        let end = format.dateTime(snapshot.now.adding(seconds: -Double(navigation.shift) / 1000), utcOffset: snapshot.utcOffset)
        return StatusSegment(strings.range(navigation.range, live: navigation.shift == 0, end: end),
                             style: Style(navigation.shift == 0 ? .ok : .accent, .bold))
    }

    private func alertOverlay(_ strings: Strings, format: DisplayFormat) -> AlertPageOverlay {
        AlertPageOverlay(snapshot: snapshot, alerts: navigation.alerts, strings: strings, format: format, role: role)
    }

    private func notices(_ strings: Strings, format: DisplayFormat) -> [StatusSegment] {
        var segments = notice.map { [StatusSegment.alarm($0)] } ?? []
        if let range = rangeSegment(strings, format: format) { segments.append(range) }
        if let outcome = alertOverlay(strings, format: format).noticeSegment { segments.append(outcome) }
        if let typing = navigation.editingFilter {
            segments.append(StatusSegment(strings.filtering(typing) + "▏", style: Style(.accent, .bold)))
        } else if !navigation.filter.isEmpty {
            let rows = Self.rowIDs(of: snapshot, navigation: navigation, language: language).count
            var unfiltered = navigation
            unfiltered.filter = ""
            let total = Self.rowIDs(of: snapshot, navigation: unfiltered, language: language).count
            segments.append(StatusSegment(strings.filtered(navigation.filter, shown: rows, total: total), style: Style(.accent)))
        }
        return segments
    }

    private func body(_ context: PageContext) -> any Widget {
        let missing = Label(context.strings.notFound(navigation.series ?? navigation.detail ?? ""), style: Style(.warn, .bold), alignment: .center)
        switch snapshot.content {
        case .overview: return missing
        case .quality(let quality): return QualityBody(quality: quality, context: context)
        case .lot(let trace): return trace.map { LotTraceBody(trace: $0, context: context) } ?? missing
        case .customers(let rows): return CustomerListBody(customers: rows, context: context)
        case .customer(let customer): return customer.map { Customer360Body(customer: $0, context: context) } ?? missing
        case .contracts(let list): return ContractListBody(contracts: list, context: context)
        case .contract(let chain): return chain.map { ContractChainBody(chain: $0, context: context) } ?? missing
        case .marketing(let marketing): return MarketingBody(marketing: marketing, context: context)
        case .alerts(let alerts): return AlertListBody(alerts: alerts, context: context)
        case .alert(let detail): return detail.map { AlertDetailBody(detail: $0, context: context) } ?? missing
        case .sources(let sources): return SourceListBody(sources: sources, context: context)
        case .series(let series): return series.map { SeriesBody(series: $0, context: context) } ?? missing
        }
    }
}
