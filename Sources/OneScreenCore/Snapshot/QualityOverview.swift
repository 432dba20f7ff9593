/// The quality pane: compliance along the chain over the last 24 hours and what is out of standard right now.
public struct QualityOverview: Sendable, Equatable, Codable {
    /// Readings inside their standard's band over all readings with a standard, last 24 h.
    public var overall: Compliance
    /// One entry per segment, in chain order (production, distribution, terminal).
    public var segments: [SegmentCompliance]
    /// Series whose latest reading is outside its band, worst first (highest level, then longest out).
    public var worst: [OutOfBand]
    /// How many series are out of band now (the pane may show fewer rows than this).
    public var openIssues: Int

    public init(overall: Compliance, segments: [SegmentCompliance], worst: [OutOfBand], openIssues: Int) {
        self.overall = overall
        self.segments = segments
        self.worst = worst
        self.openIssues = openIssues
    }

    /// Inside / total counts; the rate is nil when there were no readings to judge.
    public struct Compliance: Sendable, Equatable, Codable {
        public var inside: Int
        public var total: Int

        public init(inside: Int, total: Int) {
            self.inside = inside
            self.total = total
        }

        public var rate: Double? { total == 0 ? nil : Double(inside) / Double(total) }

        /// Nothing judged yet.
        public static let zero = Compliance(inside: 0, total: 0)

        mutating func add(_ other: Compliance) {
            inside += other.inside
            total += other.total
        }
    }

    public struct SegmentCompliance: Sendable, Equatable, Codable {
        public var segment: ChainSegment
        public var compliance: Compliance
        /// Compliance rate by clock hour, the current hour last (see `HourSlots`); nil where an hour had no readings.
        public var hourly: [Double?]

        public init(segment: ChainSegment, compliance: Compliance, hourly: [Double?]) {
            self.segment = segment
            self.compliance = compliance
            self.hourly = hourly
        }
    }

    /// A series whose latest reading breaks a standard.
    public struct OutOfBand: Sendable, Equatable, Codable {
        public var metric: String
        /// The standard's display name (e.g. 冷藏车厢温度).
        public var name: String
        public var site: String
        public var stage: Stage
        public var value: Double
        public var unit: String
        public var min: Double?
        public var max: Double?
        public var level: AlertLevel
        /// The first reading of the current run outside the band.
        public var since: Instant

        public init(
            metric: String, name: String, site: String, stage: Stage, value: Double, unit: String, min: Double?,
            max: Double?, level: AlertLevel, since: Instant
        ) {
            self.metric = metric
            self.name = name
            self.site = site
            self.stage = stage
            self.value = value
            self.unit = unit
            self.min = min
            self.max = max
            self.level = level
            self.since = since
        }
    }
}
