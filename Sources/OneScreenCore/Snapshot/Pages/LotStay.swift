/// The time a lot spent at one site, from its first to its last event there, and what that site measured meanwhile.
public struct LotStay: Sendable, Equatable, Codable {
    public var stage: Stage
    public var site: String
    public var arrived: Instant
    public var left: Instant
    public var readings: [StayReading]

    public init(stage: Stage, site: String, arrived: Instant, left: Instant, readings: [StayReading]) {
        self.stage = stage
        self.site = site
        self.arrived = arrived
        self.left = left
        self.readings = readings
    }

    /// Every reading of the stay inside its band (a stay without readings has nothing against it).
    public var complied: Bool { readings.allSatisfy { $0.inside == $0.count } }
}
