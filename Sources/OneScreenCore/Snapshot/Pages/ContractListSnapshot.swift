/// The contracts page: the pipeline by status and every contract, most money at work first.
public struct ContractListSnapshot: Sendable, Equatable, Codable {
    public var byStatus: [ContractOverview.StatusTotal]
    public var contracts: [ContractRow]

    public init(byStatus: [ContractOverview.StatusTotal], contracts: [ContractRow]) {
        self.byStatus = byStatus
        self.contracts = contracts
    }
}
