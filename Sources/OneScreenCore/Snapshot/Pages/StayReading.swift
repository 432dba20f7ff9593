/// One series of a site over a lot's stay: how many readings, how many inside the band, their range, and what the
/// site's standards make of them once their hold is counted.
public struct StayReading: Sendable, Equatable, Codable {
    public var metric: String
    /// The standard's name for the metric (冷链车厢温度), when a standard covers it.
    public var name: String?
    public var unit: String
    public var count: Int
    public var inside: Int
    public var lowest: Double
    public var highest: Double
    public var min: Double?
    public var max: Double?
    /// The longest the series may stay out of band before it is a breach, in seconds (the tightest standard's).
    public var hold: Int?
    /// Runs out of band that lasted longer than their standard's hold, in time order.
    public var breaches: [StayBreach]
    /// Runs out of band shorter than the hold: seen, and no breach.
    public var brief: Int
    /// Whether the raw readings were still there to judge runs with (older ones are kept only as rollups).
    public var judged: Bool

    public init(metric: String, unit: String, count: Int, inside: Int, lowest: Double, highest: Double, min: Double?, max: Double?,
                name: String? = nil, hold: Int? = nil, breaches: [StayBreach] = [], brief: Int = 0, judged: Bool = true) {
        self.metric = metric
        self.name = name
        self.unit = unit
        self.count = count
        self.inside = inside
        self.lowest = lowest
        self.highest = highest
        self.min = min
        self.max = max
        self.hold = hold
        self.breaches = breaches
        self.brief = brief
        self.judged = judged
    }

    /// Breached: a run out of band past its hold, or, where runs could not be judged, any reading out of band.
    public var isBreached: Bool { judged ? !breaches.isEmpty : inside < count }
}
