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
    /// The status bar's key hints instead of the page's own: a wall screen lists only the keys that work there.
    public var hints: String?

    public init(snapshot: PageSnapshot, navigation: Navigation, language: Language, role: String) {
        self.snapshot = snapshot
        self.navigation = navigation
        self.language = language
        self.role = role
    }

    /// The ids of the list rows as shown (filtered and sorted): what the selection moves over and Enter opens.
    public static func rowIDs(of snapshot: PageSnapshot, navigation: Navigation, language: Language) -> [String] {
        let context = context(snapshot, navigation: navigation, language: language)
        switch snapshot.content {
        // Counted instead of listed for a viewer who may not see them (see `PublicQualityBody`): no rows to open.
        case .quality where context.hides(.site), .alerts where context.hides(.alertText): return []
        case .quality(let quality): return QualityBody.rowIDs(quality, context: context)
        case .customers(let rows): return CustomerListBody.model(context).rows(rows, navigation: navigation).map(\.id)
        case .contracts(let list): return ContractListBody.model(context).rows(list.contracts, navigation: navigation).map(\.id)
        case .alerts(let alerts) where navigation.alerts.showsSilences: return alerts.silences.map { "\($0.id)" }
        case .alerts(let alerts): return AlertListBody.model(context, glyphs: .ascii).rows(alerts.newest, navigation: navigation).map { "\($0.id)" }
        case .sources(let sources): return SourceListBody.model(context).rows(sources, navigation: navigation).map(\.name)
        case .overview: return OverviewPage.panes.map(\.rawValue)
        // A drill-down's rows are its links, which Enter opens.
        case .lot(let trace?): return LotTraceBody.links(trace).map(\.rowID)
        case .alert(let detail?): return detail.links.map(\.rowID)
        case .contract(let chain?): return chain.counterpartyCustomer.map { [JumpTarget.customer($0).rowID] } ?? []
        case .customer(let customer?): return customer.similar.map { JumpTarget.customer($0.id).rowID }
        case .lot, .customer, .contract, .marketing, .alert, .series: return []
        }
    }

    /// The sorts of the list the selection is in, for `<` `>` `I`; nil where there is none.
    public static func sorting(of snapshot: PageSnapshot, navigation: Navigation, language: Language) -> ListSorting? {
        guard navigation.detail == nil else { return nil }
        let context = context(snapshot, navigation: navigation, language: language)
        switch snapshot.content {
        case .quality where context.hides(.site), .alerts where context.hides(.alertText) || navigation.alerts.showsSilences: return nil
        case .quality: return navigation.list == QualityBody.metricList
            ? QualityBody.metricModel(context, glyphs: .ascii).sorting : QualityBody.lotModel(context).sorting
        case .customers: return CustomerListBody.model(context).sorting
        case .contracts: return ContractListBody.model(context).sorting
        case .alerts: return AlertListBody.model(context, glyphs: .ascii).sorting
        case .sources: return SourceListBody.model(context).sorting
        case .overview, .lot, .customer, .contract, .marketing, .alert, .series: return nil
        }
    }

    /// What a body of `snapshot` needs to draw under `navigation`.
    static func context(_ snapshot: PageSnapshot, navigation: Navigation, language: Language) -> PageContext {
        var context = PageContext(strings: Strings(language), format: DisplayFormat(language, today: snapshot.today), now: snapshot.now,
                                  today: snapshot.today, utcOffset: snapshot.utcOffset, navigation: navigation)
        context.masks = snapshot.masks
        context.window = navigation.range
        return context
    }

    public func screen(width: Int, height: Int, glyphs: Glyphs) -> Screen {
        var screen = Screen(width: width, height: height)
        render(in: screen.area, on: &screen, glyphs: glyphs)
        return screen
    }

    /// Draws the page in `area` of `screen`: all of it, or what a wall screen's band leaves (see `KioskView`).
    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let strings = Strings(language)
        let format = DisplayFormat(language, today: snapshot.today)
        if case .overview(let overview) = snapshot.content {
            var page = OverviewPage(snapshot: overview, language: language, role: role, page: strings.overviewPage)
            page.refreshedAt = refreshedAt
            page.notice = notice
            page.hints = hints
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
                hints: hints ?? (navigation.page != .alerts ? strings.pageHints : navigation.alerts.showsSilences ? strings.silenceHints : strings.alertHints))
            let body = chrome.render(in: area, on: &screen, glyphs: glyphs, strings: strings, format: format)
            var shown = navigation
            // A selection before the first row highlights none.
            if !showsSelection { shown.selection = -1 }
            self.body(Self.context(snapshot, navigation: shown, language: language)).render(in: body, on: &screen, glyphs: glyphs)
            alertOverlay(strings, format: format).promptBar?
                .render(in: Rect(x: area.x, y: area.bottom - 2, width: area.width, height: 1), on: &screen, glyphs: glyphs)
        }
        if let jump = navigation.jump, area.width >= OverviewPage.minimumWidth, area.height >= OverviewPage.minimumHeight {
            JumpOverlay(prompt: jump, strings: strings).render(in: area, on: &screen, glyphs: glyphs)
        }
        if navigation.showsHelp {
            HelpOverlay(title: strings.help, keys: Self.help(of: snapshot, navigation: navigation, language: language))
                .render(in: area, on: &screen, glyphs: glyphs)
        }
    }

    /// Every key of the page where the user is, as the help lists it: the page's groups and, where the page draws
    /// over a time range or opens a series, the time keys. The series page has no list of its own: its time keys and
    /// the keys of every page.
    public static func help(of snapshot: PageSnapshot, navigation: Navigation, language: Language) -> [(key: String, text: String)] {
        let strings = Strings(language)
        let inSeries = navigation.series != nil
        let keys = strings.keyHelp(inSeries ? [] : helpKeys(of: snapshot, navigation: navigation, language: language))
            .filter { !inSeries || ($0.key != "鼠标" && $0.key != "click") }
        let timeKeys = navigation.showsRange || navigation.opensSeries
            ? strings.timeKeyHelp(series: inSeries, opens: navigation.opensSeries) : []
        return keys + timeKeys
    }

    /// The groups of keys the page answers to where the user is (see `help`).
    public static func helpKeys(of snapshot: PageSnapshot, navigation: Navigation, language: Language) -> HelpKeys {
        var keys: HelpKeys = navigation.trail.isEmpty ? [] : .back
        let page = navigation.page
        if page == .alerts { keys.insert(.alertActions) }
        if page == .overview { return keys.union([.panes, .moves]) }
        guard navigation.detail == nil else {
            keys.insert(.back)
            if !rowIDs(of: snapshot, navigation: navigation, language: language).isEmpty { keys.insert(.links) }
            return keys
        }
        guard page.hasList else { return keys }
        keys.formUnion([.moves, .filters, .back])
        if page.drills { keys.insert(.opens) }
        if page.lists > 1 { keys.insert(.switchesLists) }
        if page == .alerts { keys.insert(.alertList) }
        if sorting(of: snapshot, navigation: navigation, language: language) != nil { keys.insert(.sorts) }
        return keys
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
        } else if !navigation.filter.isEmpty, navigation.detail == nil {
            // Inside a drill-down the list's filter is not what the screen shows: it comes back with the list.
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
        case .quality(let quality) where context.hides(.site): return PublicQualityBody(quality: quality, context: context)
        case .quality(let quality): return QualityBody(quality: quality, context: context)
        case .lot(let trace): return trace.map { LotTraceBody(trace: $0, context: context) } ?? missing
        case .customers(let rows): return CustomerListBody(customers: rows, context: context)
        case .customer(let customer): return customer.map { Customer360Body(customer: $0, context: context) } ?? missing
        case .contracts(let list): return ContractListBody(contracts: list, context: context)
        case .contract(let chain): return chain.map { ContractChainBody(chain: $0, context: context) } ?? missing
        case .marketing(let marketing): return MarketingBody(marketing: marketing, context: context)
        case .alerts(let alerts) where context.hides(.alertText): return PublicAlertListBody(alerts: alerts, context: context)
        case .alerts(let alerts) where navigation.alerts.showsSilences: return SilenceListBody(silences: alerts.silences, context: context)
        case .alerts(let alerts): return AlertListBody(alerts: alerts, context: context)
        case .alert(let detail): return detail.map { AlertDetailBody(detail: $0, context: context) } ?? missing
        case .sources(let sources): return SourceListBody(sources: sources, context: context)
        case .series(let series): return series.map { SeriesBody(series: $0, context: context) } ?? missing
        }
    }
}
