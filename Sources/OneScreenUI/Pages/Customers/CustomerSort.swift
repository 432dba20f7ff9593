import OneScreenCore

/// The orders the customer list offers, cycled with ← →: value first, since that is what the list is for.
enum CustomerSort: Int, CaseIterable, Sendable {
    case lifetimeValue, spend, orders, name, region

    func title(_ strings: Strings) -> String {
        switch self {
        case .lifetimeValue: "LTV"
        case .spend: strings.spendColumn
        case .orders: strings.ordersColumn
        case .name: strings.nameColumn
        case .region: strings.regionColumn
        }
    }

    func ordered(_ rows: [CustomerRow]) -> [CustomerRow] {
        rows.sorted { a, b in
            switch self {
            case .lifetimeValue where a.lifetimeValue != b.lifetimeValue: a.lifetimeValue > b.lifetimeValue
            case .spend where a.spend != b.spend: a.spend > b.spend
            case .orders where a.orders != b.orders: a.orders > b.orders
            case .name where a.name != b.name: a.name < b.name
            case .region where a.region != b.region: a.region < b.region
            default: a.id < b.id
            }
        }
    }
}
