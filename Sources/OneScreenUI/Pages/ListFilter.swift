/// The `/` filter over a page's list: a row shows when any of its texts contains the filter, ignoring case, so one
/// filter finds a lot by id, a customer by name or region, a contract by id or counterparty.
enum ListFilter {
    static func matches(_ filter: String, _ texts: [String]) -> Bool {
        guard !filter.isEmpty else { return true }
        let needle = filter.lowercased()
        return texts.contains { $0.lowercased().contains(needle) }
    }
}
