/// Every field the screen can show that is above public by default, with the grade the blueprint's examples give
/// it. Config may move a field up or down (`grades:` in the config); fields not listed here are public
/// (compliance rates, counts, statuses).
public enum GradedField: String, CaseIterable, Sendable, Codable {
    case customerPhone = "customer.phone"
    case customerContact = "customer.contact"
    case customerName = "customer.name"
    case customerValue = "customer.value"
    case orderAmount = "order.amount"
    case contractAmount = "contract.amount"
    case contractCounterparty = "contract.counterparty"
    case contractTitle = "contract.title"
    /// Employees named on contracts, seal uses and acknowledgements.
    case personName = "person.name"
    case readingValue = "reading.value"
    case site = "site"
    case alertText = "alert.text"
    /// A customer's tag values (客单价, 信用评级, …), VIP level and risk preference: what the marketing plan uses
    /// to rank and price a customer.
    case customerTag = "customer.tag"
    /// The suggested action of a moment of truth: free text that may name a deal or a person.
    case momentAction = "moment.action"
    /// The cockpit's figures (CAC, LTV, ROI, rates) and their daily series: business results, not for a wall.
    case marketingFigure = "marketing.figure"

    public var defaultGrade: DataGrade {
        switch self {
        case .customerPhone, .customerContact: .core
        case .contractAmount, .contractCounterparty, .customerValue, .customerTag: .key
        case .customerName, .orderAmount, .contractTitle, .personName, .readingValue, .site, .alertText, .momentAction,
             .marketingFigure: .internal
        }
    }
}
