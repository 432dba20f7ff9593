/// The stages of the chain as RECORDS.md names them.
enum SampleStage: String, Sendable, CaseIterable {
    case farm, plant, transport, warehouse, store

    /// Chinese label used in notes and the sample README.
    var label: String {
        switch self {
        case .farm: "养殖场（生产）"
        case .plant: "加工厂（生产）"
        case .transport: "冷链运输（配送）"
        case .warehouse: "冷库（配送）"
        case .store: "门店（终端）"
        }
    }
}
