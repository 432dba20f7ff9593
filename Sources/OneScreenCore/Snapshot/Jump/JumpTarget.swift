/// Something the dashboard can open by its id: a lot's trace, a contract's chain, a customer's 360, an alert, the
/// series of a site, or one series. What a cross-link leads to and what the `:` jump bar opens.
public enum JumpTarget: Sendable, Hashable, Codable {
    case lot(String)
    case contract(String)
    case customer(String)
    case alert(Int64)
    case site(String)
    /// A series as `site/metric`.
    case series(String)

    /// The target as a row of a list of links (`lot:L20261119-005`), which the navigation opens with Enter.
    public var rowID: String {
        switch self {
        case .lot(let id): "lot:" + id
        case .contract(let id): "contract:" + id
        case .customer(let id): "customer:" + id
        case .alert(let id): "alert:\(id)"
        case .site(let name): "site:" + name
        case .series(let subject): "series:" + subject
        }
    }

    public init?(rowID: String) {
        guard let colon = rowID.firstIndex(of: ":") else { return nil }
        let value = String(rowID[rowID.index(after: colon)...])
        switch rowID[..<colon] {
        case "lot": self = .lot(value)
        case "contract": self = .contract(value)
        case "customer": self = .customer(value)
        case "alert": guard let id = Int64(value) else { return nil }; self = .alert(id)
        case "site": self = .site(value)
        case "series": self = .series(value)
        default: return nil
        }
    }

    /// The id as typed and shown (`L20261119-005`, `#12`, `沪A·冷链06`).
    public var id: String {
        switch self {
        case .lot(let id), .contract(let id), .customer(let id), .site(let id), .series(let id): id
        case .alert(let id): "#\(id)"
        }
    }
}
