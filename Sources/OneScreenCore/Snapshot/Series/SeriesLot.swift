/// A lot that was at the series' site during the range: its first and last event there.
public struct SeriesLot: Sendable, Equatable, Codable {
    public var id: String
    public var product: String
    public var arrived: Instant
    public var left: Instant

    public init(id: String, product: String, arrived: Instant, left: Instant) {
        self.id = id
        self.product = product
        self.arrived = arrived
        self.left = left
    }
}
