/// Every field the screen can show that is above public by default, with the grade the blueprint's examples give
/// it. Config may move a field up or down (`grades:` in the config); fields not listed here are public
/// (compliance rates, counts, statuses).
public enum GradedField: String, CaseIterable, Sendable {
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
    /// What a lot's event says (an inspection's finding, why a batch is held): free text from the sites.
    case lotNote = "lot.note"

    public var defaultGrade: DataGrade {
        switch self {
        case .customerPhone, .customerContact: .core
        case .contractAmount, .contractCounterparty, .customerValue: .key
        case .customerName, .orderAmount, .contractTitle, .personName, .readingValue, .site, .alertText: .internal
        case .lotNote: .internal
        }
    }
}
