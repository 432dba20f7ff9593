/// Everything the overview page draws, read from the store in one transaction. Pages are pure functions of this value,
/// so a frame can be composed (and tested) without a store or a terminal.
public struct OverviewSnapshot: Sendable, Equatable, Codable {
    /// The instant the snapshot describes: "now" for ages, windows and due dates.
    public var now: Instant
    /// UTC offset in seconds used to turn `now` into today's date and clock text.
    public var utcOffset: Int
    public var freshness: DataFreshness
    public var quality: QualityOverview
    public var customers: CustomerOverview
    public var contracts: ContractOverview
    public var alerts: AlertOverview
    public var sources: [SourceStatus]
    /// Fields masked for the viewer this snapshot was built for (see `masked(for:)`): the page prints a range or
    /// `***` where the value would be. Empty for a full view.
    public var masks: [GradedField: FieldMask] = [:]

    public init(
        now: Instant, utcOffset: Int, freshness: DataFreshness, quality: QualityOverview,
        customers: CustomerOverview, contracts: ContractOverview, alerts: AlertOverview, sources: [SourceStatus]
    ) {
        self.now = now
        self.utcOffset = utcOffset
        self.freshness = freshness
        self.quality = quality
        self.customers = customers
        self.contracts = contracts
        self.alerts = alerts
        self.sources = sources
    }

    public var today: CalendarDay { now.day(utcOffset: utcOffset) }
}
