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
    /// The applied filter: rows whose text contains it, ignoring case.
    public var filter = ""
    /// The filter being typed after `/`; nil when not typing.
    public var editingFilter: String?
    public var showsHelp = false
    /// Index of the sort column, on pages whose list sorts.
    public var sort = 0
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
    public var capturesText: Bool { editingFilter != nil || alerts.prompt != nil }

    /// Applies `key`.
    /// - Parameters:
    ///   - rowIDs: the ids of the current list's rows as shown (filtered and sorted), for moving and opening.
    ///   - sortCount: how many sorts the current list offers (0 when it does not sort).
    /// - Returns: whether the key meant something here; unhandled keys go to the app (quit, refresh, theme).
    @discardableResult
    public mutating func handle(_ key: Key, rowIDs: [String], sortCount: Int = 0) -> Bool {
        if showsHelp {
            showsHelp = false
            return true
        }
        if editingFilter == nil, handleTimeKey(key, rowIDs: rowIDs) { return true }
        if page == .alerts, handleAlertKey(key, rowIDs: rowIDs) { return true }
        if let typed = editingFilter {
            switch key {
            case .character(let character): editingFilter = typed + String(character)
            case .backspace: editingFilter = String(typed.dropLast())
            case .enter:
                filter = typed
                editingFilter = nil
                selectFirstRow()
            case .escape: editingFilter = nil
            default: break
            }
            return true
        }
        let listed = detail == nil && page.drills
        switch key {
        case .character(let digit) where digit.wholeNumberValue.map { (1...PageKind.allCases.count).contains($0) } ?? false:
            go(to: PageKind.allCases[digit.wholeNumberValue! - 1])
        case .tab: go(to: PageKind.allCases[(index + 1) % PageKind.allCases.count])
        case .backTab: go(to: PageKind.allCases[(index + PageKind.allCases.count - 1) % PageKind.allCases.count])
        case .character("?"): showsHelp = true
        case .character("/") where listed: editingFilter = filter
        case .up, .character("k"): select(selection - 1, in: rowIDs)
        case .down, .character("j"): select(selection + 1, in: rowIDs)
        case .pageUp: select(selection - Self.pageStep, in: rowIDs)
        case .pageDown: select(selection + Self.pageStep, in: rowIDs)
        case .home: select(0, in: rowIDs)
        case .end: select(rowIDs.count - 1, in: rowIDs)
        case .left, .character("h"): if sortCount > 0 { sort = (sort + sortCount - 1) % sortCount } else { switchList(by: -1) }
        case .right, .character("l"): if sortCount > 0 { sort = (sort + 1) % sortCount } else { switchList(by: 1) }
        case .enter where listed && list == 0 && rowIDs.indices.contains(selection): detail = rowIDs[selection]
        // The overview's rows are its panes: Enter opens the page a pane summarises.
        case .enter where page == .overview && rowIDs.indices.contains(selection):
            if let pane = PageKind(rawValue: rowIDs[selection]) { go(to: pane) }
        case .escape, .backspace:
            if detail != nil {
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

    /// Who may act on alerts is the viewer's, not the page's: it survives a page change.
    private mutating func go(to page: PageKind) {
        let (mayAct, range) = (alerts.mayAct, self.range)
        self = Navigation(page: page)
        alerts.mayAct = mayAct
        self.range = range
    }

    /// Selects the row at `index` (kept within the rows) and remembers its id.
    public mutating func select(_ index: Int, in rowIDs: [String]) {
        selection = min(max(0, index), max(0, rowIDs.count - 1))
        selectedID = rowIDs.indices.contains(selection) ? rowIDs[selection] : nil
    }

    private mutating func switchList(by step: Int) {
        guard detail == nil, page.lists > 1 else { return }
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
