/// The readings of a series inside one bucket of a chart, (time - width, time]: how many, how many inside the band,
/// their mean and their extremes (so a spike shorter than the bucket still shows).
public struct SeriesBucket: Sendable, Equatable, Codable {
    public var time: Instant
    public var count: Int
    public var inside: Int
    public var mean: Double
    public var low: Double
    public var high: Double

    public init(time: Instant, count: Int, inside: Int, mean: Double, low: Double, high: Double) {
        self.time = time
        self.count = count
        self.inside = inside
        self.mean = mean
        self.low = low
        self.high = high
    }

    /// Some reading of the bucket lay outside the band.
    public var leftBand: Bool { inside < count }
}
