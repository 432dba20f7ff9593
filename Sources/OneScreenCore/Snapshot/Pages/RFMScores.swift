/// Recency, frequency and monetary scores from 1 (lowest fifth of buyers) to 5 (highest fifth); 0 for a customer
/// with no orders in the window.
public struct RFMScores: Sendable, Equatable, Codable {
    public var recency: Int
    public var frequency: Int
    public var monetary: Int

    public init(recency: Int, frequency: Int, monetary: Int) {
        self.recency = recency
        self.frequency = frequency
        self.monetary = monetary
    }

    /// Scores for the customer with `id` among `activity`, by quintile of the buyers.
    public static func of(_ id: String, among activity: [CustomerActivity], at now: Instant) -> RFMScores {
        let buyers = activity.filter { $0.lastOrder != nil }
        guard let me = buyers.first(where: { $0.id == id }), let last = me.lastOrder else {
            return RFMScores(recency: 0, frequency: 0, monetary: 0)
        }
        func quintile(_ below: Int) -> Int { 1 + below * 5 / buyers.count }
        return RFMScores(
            recency: quintile(buyers.filter { $0.lastOrder! < last }.count),
            frequency: quintile(buyers.filter { $0.orders < me.orders }.count),
            monetary: quintile(buyers.filter { $0.spend < me.spend }.count))
    }
}
