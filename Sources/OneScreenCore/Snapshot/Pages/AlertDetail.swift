/// One alert opened from the Alerts page: the record, what fired it (the readings around the firing time, or the
/// fields of the record a business rule found) and what happened to it since.
public struct AlertDetail: Sendable, Equatable, Codable {
    public var alert: AlertRecord
    /// What the rule stored with the alert, by name in name order: a reading rule's firing time and peak, a
    /// business rule's record fields (contract, milestone, due date, …).
    public var fields: [AlertField]
    /// For reading rules, each series the rule judged with its readings around the firing time.
    public var series: [AlertSeries]
    /// Raised, fired, acknowledged, silenced, resolved: oldest first.
    public var timeline: [AlertTimelineEntry]

    public init(alert: AlertRecord, fields: [AlertField] = [], series: [AlertSeries] = [], timeline: [AlertTimelineEntry] = []) {
        self.alert = alert
        self.fields = fields
        self.series = series
        self.timeline = timeline
    }

    /// When the alert fired: what the reading rule recorded, else when it was first seen.
    public var firedAt: Instant {
        timeline.first { $0.kind == .fired }?.at ?? alert.firstSeen
    }
}
