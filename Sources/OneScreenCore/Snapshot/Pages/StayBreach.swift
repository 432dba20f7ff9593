/// A stretch of a series out of its standard's band for longer than the standard's hold while a lot was at the site:
/// what an alert would have been raised for. A door opened for a minute at loading, shorter than the hold, is none.
public struct StayBreach: Sendable, Equatable, Codable {
    /// The standard broken, by its name (冷链车厢温度) and level.
    public var standard: String
    public var level: AlertLevel
    /// From the first reading out of band to the last one seen out of band (within the stay).
    public var start: Instant
    public var end: Instant
    /// The reading furthest outside the band.
    public var peak: Double

    public init(standard: String, level: AlertLevel, start: Instant, end: Instant, peak: Double) {
        self.standard = standard
        self.level = level
        self.start = start
        self.end = end
        self.peak = peak
    }
}
