import OneScreenCore

/// One point of a chart series: a value at a time, with the lowest and highest of what it stands for (a bucket of
/// readings), drawn as a stroke so a spike inside a bucket is not averaged away, and how many readings it stands for
/// (the mean of the range weighs by it).
public struct ChartPoint: Sendable, Equatable {
    public var time: Instant
    public var value: Double
    public var low: Double
    public var high: Double
    public var weight: Int

    public init(time: Instant, value: Double, low: Double? = nil, high: Double? = nil, weight: Int = 1) {
        self.time = time
        self.value = value
        self.low = low ?? value
        self.high = high ?? value
        self.weight = weight
    }

    var isFinite: Bool { value.isFinite && low.isFinite && high.isFinite }
}
