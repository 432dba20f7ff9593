import OneScreenCore

/// The seven pages, in the order of their number keys `1`–`7` and of Tab. The raw value is the page's name on the
/// command line (`snapshot --page quality`) and in role configs.
public enum PageKind: String, CaseIterable, Sendable, Hashable {
    case overview, quality, customers, contracts, marketing, alerts, sources

    /// Pages with a list whose row opens a detail (lot trace, customer 360, contract chain, an alert's story).
    public var drills: Bool { self == .quality || self == .customers || self == .contracts || self == .alerts }

    /// Pages with a list to filter and sort: those that drill, and the sources.
    public var hasList: Bool { drills || self == .sources }

    /// How many lists the selection can be in (see `Navigation.list`): the quality page has its lots (which open a
    /// trace) and, above them, its metrics.
    public var lists: Int { self == .quality ? 2 : 1 }

    /// The store read for this page, or for its detail when `detail` names a row.
    /// - Parameter alertStates: which alerts the Alerts page lists.
    public func request(detail: String?, alertStates: AlertFilter.States = .open) -> PageRequest {
        switch (self, detail) {
        case (.quality, let id?): .lot(id)
        case (.customers, let id?): .customer(id)
        case (.contracts, let id?): .contract(id)
        // Ids are numbers; anything else is no alert, and the page says it was not found.
        case (.alerts, let id?): .alert(Int64(id) ?? 0)
        case (.overview, _): .overview
        case (.quality, nil): .quality
        case (.customers, nil): .customers
        case (.contracts, nil): .contracts
        case (.marketing, _): .marketing
        case (.alerts, nil): .alerts(alertStates)
        case (.sources, _): .sources
        }
    }
}
