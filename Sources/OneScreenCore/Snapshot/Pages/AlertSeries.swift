/// A series a reading rule judged for an alert (`沪A·冷链07/cold.temp`), its band when the rule has one, and its
/// readings around the firing time, oldest first.
public struct AlertSeries: Sendable, Equatable, Codable {
    public var subject: String
    public var unit: String
    public var min: Double?
    public var max: Double?
    public var readings: [AlertReading]

    public init(subject: String, unit: String, min: Double? = nil, max: Double? = nil, readings: [AlertReading]) {
        self.subject = subject
        self.unit = unit
        self.min = min
        self.max = max
        self.readings = readings
    }

    /// Whether `value` lies outside the band; nil when the rule has no band (a rate or a combination).
    public func isOutside(_ value: Double) -> Bool? {
        guard min != nil || max != nil else { return nil }
        return (min.map { value < $0 } ?? false) || (max.map { value > $0 } ?? false)
    }
}
