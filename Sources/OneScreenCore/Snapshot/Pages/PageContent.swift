/// The data of one page, as the store read it for a `PageRequest`. A drill-down whose id is not in the store is nil,
/// so the page can say "not found" rather than draw an empty record.
public enum PageContent: Sendable, Equatable, Codable {
    case overview(OverviewSnapshot)
    case quality(QualitySnapshot)
    case lot(LotTrace?)
    case customers([CustomerRow])
    case customer(Customer360?)
    case contracts(ContractListSnapshot)
    case contract(ContractChain?)
    case marketing(MarketingSnapshot)
    case alerts(AlertOverview)
    case alert(AlertDetail?)
    case sources([SourceStatus])
    case series(SeriesSnapshot?)
}
