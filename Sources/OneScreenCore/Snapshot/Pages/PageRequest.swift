/// Which page (and which drill-down) a frame needs: what the app asks the store for on each refresh, so only the
/// shown page is read.
public enum PageRequest: Sendable, Hashable, Codable {
    case overview
    case quality
    /// One lot's journey, by lot id.
    case lot(String)
    case customers
    /// One customer's 360° view, by customer id.
    case customer(String)
    case contracts
    /// One contract's chain, by contract id.
    case contract(String)
    case marketing
    /// The alert list in one of its states (open, acknowledged, resolved, all).
    case alerts(AlertFilter.States)
    /// One alert with what fired it and its timeline, by alert id.
    case alert(Int64)
    case sources
    /// One series over a time range (the series page).
    case series(SeriesRequest)
}
