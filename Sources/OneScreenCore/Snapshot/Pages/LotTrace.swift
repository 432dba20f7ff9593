/// A lot's journey farm → plant → transport → warehouse → store, one stay per site in time order (read forward for
/// 正向透明, backward for 逆向追溯), with the readings of each site during the stay, the lot's events and their notes,
/// and the alerts raised where and while it was.
public struct LotTrace: Sendable, Equatable, Codable {
    public var id: String
    public var product: String
    public var stays: [LotStay]
    /// Every event of the lot, oldest first.
    public var events: [LotEventLine]
    /// Alerts on a series of a site while the lot was there, newest first.
    public var alerts: [AlertRecord]

    public init(id: String, product: String, stays: [LotStay], events: [LotEventLine] = [], alerts: [AlertRecord] = []) {
        self.id = id
        self.product = product
        self.stays = stays
        self.events = events
        self.alerts = alerts
    }

    /// The stays with a breach: where to look first.
    public var breachedStays: Int { stays.filter { !$0.complied }.count }

    /// Held and not released since: the batch is frozen or quarantined.
    public var isHeld: Bool { LotEventLine.isHeld(events) }
}
