/// The series page: one metric at one site over a time range, with its band, the alerts raised on it, the lots that
/// passed through and compliance per hour or day, all read in one transaction.
public struct SeriesSnapshot: Sendable, Equatable, Codable {
    public var request: SeriesRequest
    /// The standard's name (冷链车厢温度), or the metric id when no standard names it.
    public var name: String
    public var stage: Stage
    public var unit: String
    /// The band (the tightest of the standards that apply); nil bounds are open.
    public var min: Double?
    public var max: Double?
    /// The range shown, (from, through].
    public var from: Instant
    public var through: Instant
    /// Width of one point.
    public var bucketSeconds: Int64
    public var resolution: SeriesResolution
    /// Oldest first; buckets without readings are absent (a gap).
    public var points: [SeriesBucket]
    /// The newest reading at or before `through`, wherever it lies.
    public var latest: SeriesBucket?
    /// Alerts on this series alive at some time in the range, newest first.
    public var alerts: [AlertRecord]
    public var lots: [SeriesLot]
    public var complianceSlotSeconds: Int64
    /// Oldest first, one per hour or day of the range, empty ones included.
    public var compliance: [ComplianceSlot]

    public init(request: SeriesRequest, name: String, stage: Stage, unit: String, min: Double?, max: Double?,
                from: Instant, through: Instant, bucketSeconds: Int64, resolution: SeriesResolution,
                points: [SeriesBucket], latest: SeriesBucket?, alerts: [AlertRecord], lots: [SeriesLot],
                complianceSlotSeconds: Int64, compliance: [ComplianceSlot]) {
        self.request = request
        self.name = name
        self.stage = stage
        self.unit = unit
        self.min = min
        self.max = max
        self.from = from
        self.through = through
        self.bucketSeconds = bucketSeconds
        self.resolution = resolution
        self.points = points
        self.latest = latest
        self.alerts = alerts
        self.lots = lots
        self.complianceSlotSeconds = complianceSlotSeconds
        self.compliance = compliance
    }

    /// Whether the range ends at the reader's now.
    public var isLive: Bool { request.shift == 0 }

    /// Every reading of the range, judged: inside of total.
    public var overall: ComplianceSlot {
        ComplianceSlot(end: through, inside: points.reduce(0) { $0 + $1.inside }, total: points.reduce(0) { $0 + $1.count })
    }
}
