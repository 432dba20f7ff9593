/// The pages' graded parts. `PageContent` only dispatches to the types inside it; each of those declares its own.
extension PageSnapshot: Maskable {
    public static var maskRules: [MaskRule<PageSnapshot>] { [.masks(\.masks), .each(\.sources), .nested(\.content)] }
}

extension PageContent: Maskable {
    public static var maskRules: [MaskRule<PageContent>] {
        [MaskRule { content, viewer in
            content = switch content {
            case .overview(let overview): .overview(overview.masked(for: viewer))
            case .quality(let quality): .quality(quality.masked(for: viewer))
            case .lot(let trace): .lot(trace?.masked(for: viewer))
            case .customers(let rows): .customers(rows.masked(for: viewer, ordered: CustomerRow.byValue))
            case .customer(let customer): .customer(customer?.masked(for: viewer))
            case .contracts(let list): .contracts(list.masked(for: viewer))
            case .contract(let chain): .contract(chain?.masked(for: viewer))
            case .marketing(let marketing): .marketing(marketing.masked(for: viewer))
            case .alerts(let alerts): .alerts(alerts.masked(for: viewer))
            case .alert(let detail): .alert(detail?.masked(for: viewer))
            case .sources(let sources): .sources(sources.masked(for: viewer))
            case .series(let series): .series(series?.masked(for: viewer))
            }
        }]
    }
}

extension QualitySnapshot: Maskable {
    public static var maskRules: [MaskRule<QualitySnapshot>] { [.each(\.metrics), .each(\.lots)] }
}

extension MetricStatus: Maskable {
    public static var maskRules: [MaskRule<MetricStatus>] {
        [.text(\.site, .site), .number(\.value, .readingValue), .withheld(\.hourly, .readingValue)]
    }
}

extension LotSummary: Maskable {
    public static var maskRules: [MaskRule<LotSummary>] { [.text(\.lastSite, .site)] }
}

extension LotTrace: Maskable {
    public static var maskRules: [MaskRule<LotTrace>] { [.each(\.stays)] }
}

extension LotStay: Maskable {
    public static var maskRules: [MaskRule<LotStay>] { [.text(\.site, .site), .each(\.readings)] }
}

extension StayReading: Maskable {
    public static var maskRules: [MaskRule<StayReading>] { [.number(\.lowest, .readingValue), .number(\.highest, .readingValue)] }
}

extension CustomerRow: Maskable {
    public static var maskRules: [MaskRule<CustomerRow>] {
        [.text(\.name, .customerName), .number(\.spend, .orderAmount), .number(\.lifetimeValue, .customerValue)]
    }

    /// The store's order (value first), over what the viewer sees: ties go by id, never by the hidden amount.
    public static func byValue(_ a: CustomerRow, _ b: CustomerRow) -> Bool {
        (a.lifetimeValue, b.id) > (b.lifetimeValue, a.id)
    }
}

extension Customer360: Maskable {
    public static var maskRules: [MaskRule<Customer360>] {
        [
            .nested(\.row), .text(\.contact, .customerContact), .text(\.phone, .customerPhone),
            .withheld(\.vipLevel, .customerTag), .withheld(\.riskPreference, .customerTag), .each(\.tags),
            .numbers(\.monthlySpend, .orderAmount), .each(\.moments), .each(\.similar),
        ]
    }
}

extension CustomerTagLine: Maskable {
    public static var maskRules: [MaskRule<CustomerTagLine>] { [.text(\.value, .customerTag)] }
}

extension CustomerMoment: Maskable {
    public static var maskRules: [MaskRule<CustomerMoment>] { [.text(\.action, .momentAction)] }
}

extension SimilarCustomer: Maskable {
    public static var maskRules: [MaskRule<SimilarCustomer>] { [.text(\.name, .customerName)] }
}

extension ContractListSnapshot: Maskable {
    public static var maskRules: [MaskRule<ContractListSnapshot>] {
        [.each(\.byStatus), .each(\.contracts) { ($0.amount, $1.id) > ($1.amount, $0.id) }]
    }
}

extension ContractRow: Maskable {
    public static var maskRules: [MaskRule<ContractRow>] {
        [
            .text(\.title, .contractTitle), .text(\.counterparty, .contractCounterparty),
            .number(\.amount, .contractAmount), .text(\.owner, .personName),
        ]
    }
}

extension ContractChain: Maskable {
    public static var maskRules: [MaskRule<ContractChain>] { [.nested(\.contract), .each(\.seals), .each(\.milestones)] }
}

extension SealUseLine: Maskable {
    public static var maskRules: [MaskRule<SealUseLine>] { [.text(\.requestedBy, .personName), .text(\.approvedBy, .personName)] }
}

extension MilestoneLine: Maskable {
    public static var maskRules: [MaskRule<MilestoneLine>] { [.number(\.amount, .contractAmount)] }
}

extension MarketingSnapshot: Maskable {
    public static var maskRules: [MaskRule<MarketingSnapshot>] { [.each(\.metrics)] }
}

extension CockpitMetric: Maskable {
    public static var maskRules: [MaskRule<CockpitMetric>] {
        [.withheld(\.value, .marketingFigure), .withheld(\.daily, .marketingFigure)]
    }
}
