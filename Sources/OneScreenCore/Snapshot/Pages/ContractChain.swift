/// One contract along the chain 交易 → 合同 → 用印 → 履约 → 回款: the contract, its seal uses, its milestones, and how
/// much of its amount the done milestones have returned.
public struct ContractChain: Sendable, Equatable, Codable {
    public var contract: ContractRow
    public var seals: [SealUseLine]
    public var milestones: [MilestoneLine]

    public init(contract: ContractRow, seals: [SealUseLine], milestones: [MilestoneLine]) {
        self.contract = contract
        self.seals = seals
        self.milestones = milestones
    }

    /// The amounts of done milestones.
    public var returned: Double { milestones.filter { $0.done != nil }.compactMap(\.amount).reduce(0, +) }
}
