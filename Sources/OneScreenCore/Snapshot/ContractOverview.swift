/// The contract pane: the pipeline by status and the risks along transaction → contract → seal → fulfilment.
public struct ContractOverview: Sendable, Equatable, Codable {
    /// One entry per status in `ContractStatus.allCases` order, zero counts included.
    public var byStatus: [StatusTotal]
    /// Open milestones past their due date, most overdue first.
    public var overdueMilestones: [OverdueMilestone]
    /// How many milestones are overdue in all (the pane may list fewer).
    public var overdueCount: Int
    /// Contracts not completed or terminated whose end date is within 30 days, soonest first.
    public var expiring: [ExpiringContract]
    public var expiringCount: Int
    /// Seal uses with no approver, newest first: each is a compliance risk (L4).
    public var unapprovedSeals: [UnapprovedSeal]
    public var unapprovedCount: Int

    /// The window in which an ending contract counts as expiring.
    public static let expiringWithinDays = 30

    public init(
        byStatus: [StatusTotal], overdueMilestones: [OverdueMilestone], overdueCount: Int,
        expiring: [ExpiringContract], expiringCount: Int, unapprovedSeals: [UnapprovedSeal], unapprovedCount: Int
    ) {
        self.byStatus = byStatus
        self.overdueMilestones = overdueMilestones
        self.overdueCount = overdueCount
        self.expiring = expiring
        self.expiringCount = expiringCount
        self.unapprovedSeals = unapprovedSeals
        self.unapprovedCount = unapprovedCount
    }

    public struct StatusTotal: Sendable, Equatable, Codable {
        public var status: ContractStatus
        public var count: Int
        public var amount: Double

        public init(status: ContractStatus, count: Int, amount: Double) {
            self.status = status
            self.count = count
            self.amount = amount
        }
    }

    public struct OverdueMilestone: Sendable, Equatable, Codable {
        public var id: String
        public var contract: String
        public var name: String
        public var due: CalendarDay
        public var amount: Double?

        public init(id: String, contract: String, name: String, due: CalendarDay, amount: Double?) {
            self.id = id
            self.contract = contract
            self.name = name
            self.due = due
            self.amount = amount
        }
    }

    public struct ExpiringContract: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var counterparty: String
        public var amount: Double
        public var status: ContractStatus
        public var end: CalendarDay

        public init(
            id: String, title: String, counterparty: String, amount: Double, status: ContractStatus, end: CalendarDay
        ) {
            self.id = id
            self.title = title
            self.counterparty = counterparty
            self.amount = amount
            self.status = status
            self.end = end
        }
    }

    public struct UnapprovedSeal: Sendable, Equatable, Codable {
        public var id: String
        public var contract: String
        public var seal: SealKind
        public var requestedBy: String
        public var status: SealUseStatus
        public var time: Instant

        public init(
            id: String, contract: String, seal: SealKind, requestedBy: String, status: SealUseStatus, time: Instant
        ) {
            self.id = id
            self.contract = contract
            self.seal = seal
            self.requestedBy = requestedBy
            self.status = status
            self.time = time
        }
    }
}
