/// A customer in the customers page's list: who, where, and what they are worth over the RFM window.
public struct CustomerRow: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var kind: CustomerKind
    public var region: String
    public var segment: RFMSegment
    public var orders: Int
    public var spend: Double
    public var lifetimeValue: Double

    public init(id: String, name: String, kind: CustomerKind, region: String, segment: RFMSegment, orders: Int,
                spend: Double, lifetimeValue: Double) {
        self.id = id
        self.name = name
        self.kind = kind
        self.region = region
        self.segment = segment
        self.orders = orders
        self.spend = spend
        self.lifetimeValue = lifetimeValue
    }
}
