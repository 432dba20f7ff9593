/// One metric of a site over a lot's stay: how many readings, how many inside the band, and their range.
public struct StayReading: Sendable, Equatable, Codable {
    public var metric: String
    public var unit: String
    public var count: Int
    public var inside: Int
    public var lowest: Double
    public var highest: Double
    public var min: Double?
    public var max: Double?

    public init(metric: String, unit: String, count: Int, inside: Int, lowest: Double, highest: Double, min: Double?, max: Double?) {
        self.metric = metric
        self.unit = unit
        self.count = count
        self.inside = inside
        self.lowest = lowest
        self.highest = highest
        self.min = min
        self.max = max
    }
}
