import OneScreenCore

/// Where the user is and what they are doing there: the page, the opened detail, the selected row, the list filter
/// (and the one being typed), the sort, the help overlay and the Alerts page's own state. A pure function of keys,
/// so every path through the dashboard is tested without a terminal.
public struct Navigation: Sendable, Equatable {
    public var page: PageKind = .overview
    /// The id of the row opened with Enter; nil on the page's list.
    public var detail: String?
    public var selection = 0
    /// The id of the selected row, so the selection stays on it when a refresh moves it (see `follow`).
    public var selectedID: String?
    /// Which of the page's lists the selection is in (see `PageKind.lists`): 0 is the list whose rows open a detail;
    /// ← → (on a page without sorts) or a click move to another.
    public var list = 0
    /// The applied filter: rows with every one of its words, ignoring case (see `ListFilter`).
    public var filter = ""
    /// The filter being typed after `/`; nil when not typing. The list follows it as it is typed.
    public var editingFilter: String?
    public var showsHelp = false
    /// Each list's sort, kept across pages while the dashboard runs (and saved between runs by the app).
    public var sorts: [ListID: SortChoice] = [:]
    /// The places left by following links and jumps, the last most recent: Esc goes back to it.
    public var trail: [NavigationPlace] = []
    /// The `:` jump bar, while it is open.
    public var jump: JumpPrompt?
    public var alerts = AlertPageState()
    /// The series opened with Enter on a metric, a lot's reading or an alert (`site/metric`); nil when none is.
    public var series: String?
    /// The range charts and compliance windows cover, and how far before now it ends (0 is live; see
    /// `Navigation+Time`). Kept across pages: a user looking at a week looks at a week everywhere.
    public var range = TimeRange.standard
    public var shift: Int64 = 0

    /// Rows a page-up or page-down moves: about a screenful of an 80x24 list.
    public static let pageStep = 10

    public init(page: PageKind = .overview, detail: String? = nil) {
        self.page = page
        self.detail = detail
    }

    public var request: PageRequest {
        if let series, let request = SeriesRequest(subject: series, range: range, shift: shift) { return .series(request) }
        return page.request(detail: detail, alertStates: alerts.states)
    }

    /// Whether typed characters go to the filter or a prompt (so `q` types a q rather than quitting).
    public var capturesText: Bool { editingFilter != nil || alerts.prompt != nil || jump != nil }

    /// The filter the list shows: the one being typed, else the one applied.
    public var activeFilter: String { editingFilter ?? filter }

    /// Applies `key`.
    /// - Parameters:
    ///   - rowIDs: the ids of the current list's rows as shown (filtered and sorted), for moving and opening.
    ///   - sorting: the sorts the current list offers (nil when it does not sort): `<` `>` move the sort to the
    ///     previous or next column and `I` turns it round, htop's keys (`s`/`S` silence on the Alerts page, ← →
    ///     move between the quality page's lists, `r` refreshes).
    /// - Returns: whether the key meant something here; unhandled keys go to the app (quit, refresh, theme).
    @discardableResult
    public mutating func handle(_ key: Key, rowIDs: [String], sorting: ListSorting? = nil) -> Bool {
        if showsHelp {
            showsHelp = false
            return true
        }
        if var prompt = jump {
            switch prompt.handle(key) {
            case nil: jump = prompt
            case .cancelled: jump = nil
            case .open(let target):
                jump = nil
                open(target)
            }
            return true
        }
        if editingFilter == nil, alerts.prompt == nil, handleTimeKey(key, rowIDs: rowIDs) { return true }
        if page == .alerts, handleAlertKey(key, rowIDs: rowIDs) { return true }
        if let typed = editingFilter {
            switch key {
            case .character(let character):
                editingFilter = typed + String(character)
                selectFirstRow()
            case .backspace:
                editingFilter = String(typed.dropLast())
                selectFirstRow()
            case .enter:
                filter = typed
                editingFilter = nil
                selectFirstRow()
            case .escape:
                editingFilter = nil
                selectFirstRow()
            default: break
            }
            return true
        }
        let listed = detail == nil && page.drills
        let filters = detail == nil && page.hasList
        let switchesLists = detail == nil && page.lists > 1
        if filters, let sorting, case .character(let character) = key, let change = Self.sortChange(character, sorting) {
            sorts[sorting.list] = change(sorting.current(sorts[sorting.list]))
            selectFirstRow()
            return true
        }
        switch key {
        case .character(let digit) where digit.wholeNumberValue.map { (1...PageKind.allCases.count).contains($0) } ?? false:
            go(to: PageKind.allCases[digit.wholeNumberValue! - 1])
        case .tab: go(to: PageKind.allCases[(index + 1) % PageKind.allCases.count])
        case .backTab: go(to: PageKind.allCases[(index + PageKind.allCases.count - 1) % PageKind.allCases.count])
        case .character("?"): showsHelp = true
        case .character(":"): jump = JumpPrompt()
        case .character("/") where filters: editingFilter = filter
        // Moving means something only where there are rows (or links) to move over.
        case .up where !rowIDs.isEmpty, .character("k") where !rowIDs.isEmpty: select(selection - 1, in: rowIDs)
        case .down where !rowIDs.isEmpty, .character("j") where !rowIDs.isEmpty: select(selection + 1, in: rowIDs)
        case .pageUp where !rowIDs.isEmpty: select(selection - Self.pageStep, in: rowIDs)
        case .pageDown where !rowIDs.isEmpty: select(selection + Self.pageStep, in: rowIDs)
        case .home where !rowIDs.isEmpty: select(0, in: rowIDs)
        case .end where !rowIDs.isEmpty: select(rowIDs.count - 1, in: rowIDs)
        case .left where switchesLists, .character("h") where switchesLists: switchList(by: -1)
        case .right where switchesLists, .character("l") where switchesLists: switchList(by: 1)
        case .enter where listed && list == 0 && rowIDs.indices.contains(selection): detail = rowIDs[selection]
        // A detail's rows are its links: the lot on that truck, the contract, the counterparty's 360, a lot's alerts.
        case .enter where detail != nil && rowIDs.indices.contains(selection):
            guard let target = JumpTarget(rowID: rowIDs[selection]) else { return false }
            open(target)
        // The overview's rows are its panes: Enter opens the page a pane summarises.
        case .enter where page == .overview && rowIDs.indices.contains(selection):
            if let pane = PageKind(rawValue: rowIDs[selection]) { go(to: pane) }
        case .escape, .backspace:
            if let place = trail.popLast() {
                back(to: place)
            } else if detail != nil {
                detail = nil
            } else if !filter.isEmpty {
                filter = ""
                selectFirstRow()
            } else {
                return false
            }
        default: return false
        }
        return true
    }

    private var index: Int { PageKind.allCases.firstIndex(of: page) ?? 0 }

    /// Keeps the selection on the same row when a new snapshot reorders or changes the list: on the row with the
    /// selected id wherever it now is, else at the same position (the row there becomes the selected one).
    /// - Parameter rowIDs: the list's rows as now shown.
    public mutating func follow(_ rowIDs: [String]) {
        if let selectedID, let index = rowIDs.firstIndex(of: selectedID) {
            selection = index
        } else {
            select(selection, in: rowIDs)
        }
    }

    /// Who may act on alerts is the viewer's, not the page's, and the sorts are the user's: they survive a page change.
    private mutating func go(to page: PageKind) {
        let (mayAct, range, sorts) = (alerts.mayAct, self.range, self.sorts)
        self = Navigation(page: page)
        alerts.mayAct = mayAct
        self.range = range
        self.sorts = sorts
    }

    /// Opens `target` where it lives, remembering this place for Esc: a lot's trace, a contract's chain, a customer's
    /// 360, an alert; a site or a series as the quality page's metrics filtered to it.
    public mutating func open(_ target: JumpTarget) {
        // A series opens over the page, as Enter on a metric opens it; Esc closes it (see `Navigation+Time`).
        if case .series(let subject) = target {
            series = subject
            shift = 0
            return
        }
        let place = NavigationPlace(page: page, detail: detail, selection: selection, selectedID: selectedID, list: list, filter: filter)
        var next = Navigation(page: page)
        switch target {
        case .lot(let id): next = Navigation(page: .quality, detail: id)
        case .contract(let id): next = Navigation(page: .contracts, detail: id)
        case .customer(let id): next = Navigation(page: .customers, detail: id)
        case .alert(let id): next = Navigation(page: .alerts, detail: "\(id)")
        case .site(let name):
            next = Navigation(page: .quality)
            next.list = QualityBody.metricList
            next.filter = name
        case .series: break
        }
        next.alerts.mayAct = alerts.mayAct
        next.range = range
        next.sorts = sorts
        next.trail = trail + [place]
        self = next
    }

    private mutating func back(to place: NavigationPlace) {
        let (trail, mayAct, range, sorts) = (self.trail, alerts.mayAct, self.range, self.sorts)
        self = Navigation(page: place.page, detail: place.detail)
        selection = place.selection
        selectedID = place.selectedID
        list = place.list
        filter = place.filter
        alerts.mayAct = mayAct
        self.range = range
        self.sorts = sorts
        self.trail = trail
    }

    /// What a sort key does to the sort: `<` `>` the previous or next column, `I` the other way round.
    private static func sortChange(_ key: Character, _ sorting: ListSorting) -> ((SortChoice) -> SortChoice)? {
        switch key {
        case "<": { sorting.moved(from: $0, by: -1) }
        case ">": { sorting.moved(from: $0, by: 1) }
        case "I": { SortChoice(column: $0.column, descending: !$0.descending) }
        default: nil
        }
    }

    /// Selects the row at `index` (kept within the rows) and remembers its id.
    public mutating func select(_ index: Int, in rowIDs: [String]) {
        selection = min(max(0, index), max(0, rowIDs.count - 1))
        selectedID = rowIDs.indices.contains(selection) ? rowIDs[selection] : nil
    }

    private mutating func switchList(by step: Int) {
        list = (list + step + page.lists) % page.lists
        selectFirstRow()
    }

    /// Back to the top of a list whose rows changed (filtered, another list or states): the next `follow` names the
    /// row, which is not known until the list is read.
    mutating func selectFirstRow() {
        selection = 0
        selectedID = nil
    }
}
