/// A contract in the list, with the count of its overdue milestones (the risk a manager asks about first).
public struct ContractRow: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var counterparty: String
    public var amount: Double
    public var status: ContractStatus
    public var owner: String
    public var signed: CalendarDay?
    public var end: CalendarDay?
    public var overdueMilestones: Int

    public init(id: String, title: String, counterparty: String, amount: Double, status: ContractStatus, owner: String,
                signed: CalendarDay?, end: CalendarDay?, overdueMilestones: Int) {
        self.id = id
        self.title = title
        self.counterparty = counterparty
        self.amount = amount
        self.status = status
        self.owner = owner
        self.signed = signed
        self.end = end
        self.overdueMilestones = overdueMilestones
    }
}
