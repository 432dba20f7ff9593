/// A stage of the supply chain. Farms and plants are production (生产), trucks and warehouses are
/// distribution (配送), stores are the terminal (终端), as the blueprint groups them.
public enum Stage: String, CaseIterable, Sendable, Codable, Comparable {
    case farm, plant, transport, warehouse, store

    public var segment: ChainSegment {
        switch self {
        case .farm, .plant: .production
        case .transport, .warehouse: .distribution
        case .store: .terminal
        }
    }

    public static func < (a: Stage, b: Stage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The three segments the overview reports compliance for.
public enum ChainSegment: String, CaseIterable, Sendable, Codable {
    case production, distribution, terminal

    public var stages: [Stage] { Stage.allCases.filter { $0.segment == self } }
}
