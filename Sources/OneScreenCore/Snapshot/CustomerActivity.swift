/// A customer's buying over the RFM window: the raw material for segments and lifetime value.
public struct CustomerActivity: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var lastOrder: Instant?
    public var orders: Int
    public var spend: Double

    /// RFM and LTV look at one year of orders: long enough to cover seasonal buying (Spring Festival, summer),
    /// short enough that a customer who left two years ago does not look valuable.
    public static let windowDays = 365
    /// Lifetime value is a year's spend times the years a food-service customer typically stays. A planning figure,
    /// not a forecast; it ranks customers, which is what the screen uses it for.
    public static let expectedLifetimeYears = 3.0

    public init(id: String, name: String, lastOrder: Instant?, orders: Int, spend: Double) {
        self.id = id
        self.name = name
        self.lastOrder = lastOrder
        self.orders = orders
        self.spend = spend
    }

    public var lifetimeValue: Double { spend * Self.expectedLifetimeYears }

    /// Segments for every customer, in the order given. High and low are judged against the average of the
    /// customers who bought at all in the window, the usual RFM practice; customers with no orders are dormant.
    public static func segments(of activity: [CustomerActivity], at now: Instant) -> [RFMSegment] {
        let buyers = activity.filter { $0.lastOrder != nil }
        guard !buyers.isEmpty else { return activity.map { _ in .dormant } }
        let count = Double(buyers.count)
        let recency = buyers.reduce(0.0) { $0 + now.seconds(since: $1.lastOrder!) } / count
        let frequency = buyers.reduce(0.0) { $0 + Double($1.orders) } / count
        let monetary = buyers.reduce(0.0) { $0 + $1.spend } / count
        return activity.map { customer in
            guard let last = customer.lastOrder else { return .dormant }
            return RFMSegment(
                recentHigh: now.seconds(since: last) <= recency,
                frequentHigh: Double(customer.orders) >= frequency,
                monetaryHigh: customer.spend >= monetary)
        }
    }
}
