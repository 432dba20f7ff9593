import Foundation

/// Everything the `:` jump bar completes: lots, contracts, customers and sites by id. Alerts are opened by number
/// (`#12` or `12`) without a list. Read once when the bar opens, not on every refresh.
public struct JumpIndex: Sendable, Equatable, Codable {
    public var entries: [JumpEntry]

    public init(entries: [JumpEntry]) {
        self.entries = entries
    }

    /// The entries `text` may mean, best first: the id itself, ids starting with it, then ids and names containing it,
    /// ignoring case.
    public func candidates(_ text: String, limit: Int) -> [JumpEntry] {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty else { return [] }
        var ranked: [(rank: Int, entry: JumpEntry)] = []
        for entry in entries {
            let id = entry.target.id.lowercased()
            let rank = id == wanted ? 0 : id.hasPrefix(wanted) ? 1 : id.contains(wanted) ? 2 : entry.label.lowercased().contains(wanted) ? 3 : nil
            if let rank { ranked.append((rank, entry)) }
        }
        return ranked.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.prefix(limit).map(\.element.entry)
    }

    /// What `text` opens: an alert number, an id of the index (ignoring case), else the one candidate it fits.
    public func resolve(_ text: String) -> JumpTarget? {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        if let number = Int64(wanted.hasPrefix("#") ? String(wanted.dropFirst()) : wanted) { return .alert(number) }
        if let exact = entries.first(where: { $0.target.id.lowercased() == wanted.lowercased() }) { return exact.target }
        let fits = candidates(wanted, limit: 2)
        return fits.count == 1 ? fits[0].target : nil
    }
}
