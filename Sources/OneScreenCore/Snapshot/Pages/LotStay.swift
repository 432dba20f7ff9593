/// The time a lot spent at one site, from its arrival to its departure (nil while it is still there: the stay runs
/// to now), and what that site measured meanwhile.
public struct LotStay: Sendable, Equatable, Codable {
    public var stage: Stage
    public var site: String
    public var arrived: Instant
    /// When it left: its `depart` or `sell` event, else its arrival at the next site; nil for the stay under way.
    public var departed: Instant?
    public var readings: [StayReading]

    public init(stage: Stage, site: String, arrived: Instant, departed: Instant?, readings: [StayReading]) {
        self.stage = stage
        self.site = site
        self.arrived = arrived
        self.departed = departed
        self.readings = readings
    }

    public var isUnderWay: Bool { departed == nil }

    /// How long the lot was (or has so far been) at the site.
    public func seconds(now: Instant) -> Double { (departed ?? now).seconds(since: arrived) }

    /// No series of the stay breached (a stay without readings has nothing against it).
    public var complied: Bool { !readings.contains(where: \.isBreached) }

    public var breaches: Int { readings.reduce(0) { $0 + ($1.judged ? $1.breaches.count : ($1.isBreached ? 1 : 0)) } }
}
