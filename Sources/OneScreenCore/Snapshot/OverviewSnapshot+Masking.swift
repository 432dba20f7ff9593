/// The overview's graded parts, pane by pane. Lists the store ordered by a graded value are re-sorted by what the
/// viewer sees, ties by id, so their order cannot rank a hidden amount.
extension OverviewSnapshot: Maskable {
    public static var maskRules: [MaskRule<OverviewSnapshot>] {
        [.masks(\.masks), .nested(\.quality), .nested(\.customers), .nested(\.contracts), .nested(\.alerts), .each(\.sources)]
    }
}

extension QualityOverview: Maskable {
    public static var maskRules: [MaskRule<QualityOverview>] { [.each(\.worst)] }
}

extension QualityOverview.OutOfBand: Maskable {
    public static var maskRules: [MaskRule<QualityOverview.OutOfBand>] { [.text(\.site, .site), .number(\.value, .readingValue)] }
}

extension CustomerOverview: Maskable {
    public static var maskRules: [MaskRule<CustomerOverview>] {
        [.each(\.topByValue) { ($0.lifetimeValue, $1.id) > ($1.lifetimeValue, $0.id) }, .each(\.upcomingMoments)]
    }
}

extension CustomerOverview.ValuedCustomer: Maskable {
    public static var maskRules: [MaskRule<CustomerOverview.ValuedCustomer>] {
        [.text(\.name, .customerName), .number(\.lifetimeValue, .customerValue)]
    }
}

extension CustomerOverview.UpcomingMoment: Maskable {
    public static var maskRules: [MaskRule<CustomerOverview.UpcomingMoment>] {
        [.text(\.customerName, .customerName), .text(\.action, .momentAction)]
    }
}

extension ContractOverview: Maskable {
    public static var maskRules: [MaskRule<ContractOverview>] {
        [.each(\.byStatus), .each(\.overdueMilestones), .each(\.expiring), .each(\.unapprovedSeals)]
    }
}

extension ContractOverview.StatusTotal: Maskable {
    public static var maskRules: [MaskRule<ContractOverview.StatusTotal>] { [.number(\.amount, .contractAmount)] }
}

extension ContractOverview.OverdueMilestone: Maskable {
    public static var maskRules: [MaskRule<ContractOverview.OverdueMilestone>] { [.number(\.amount, .contractAmount)] }
}

extension ContractOverview.ExpiringContract: Maskable {
    public static var maskRules: [MaskRule<ContractOverview.ExpiringContract>] {
        [.text(\.title, .contractTitle), .text(\.counterparty, .contractCounterparty), .number(\.amount, .contractAmount)]
    }
}

extension ContractOverview.UnapprovedSeal: Maskable {
    public static var maskRules: [MaskRule<ContractOverview.UnapprovedSeal>] { [.text(\.requestedBy, .personName)] }
}

extension SourceStatus: Maskable {
    public static var maskRules: [MaskRule<SourceStatus>] { [.credentialsRemoved(\.lastError)] }
}
