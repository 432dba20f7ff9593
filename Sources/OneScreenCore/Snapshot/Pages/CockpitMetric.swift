/// One cockpit metric: its value over the last 30 days, the daily trend, and whether it meets its target.
public struct CockpitMetric: Sendable, Equatable, Codable {
    public var kind: CockpitMetricKind
    public var value: Double?
    /// One value per day, oldest first; empty when the store keeps no daily history for the metric.
    public var daily: [Double?]

    public init(kind: CockpitMetricKind, value: Double?, daily: [Double?]) {
        self.kind = kind
        self.value = value
        self.daily = daily
    }

    /// Within this share of the target on the wrong side still counts as "near" rather than "missed".
    public static let nearMargin = 0.1

    public var status: CockpitStatus {
        guard let value else { return .unknown }
        let target = kind.target
        let ratio = kind.higherIsBetter ? value / target : target / max(value, .leastNonzeroMagnitude)
        return ratio >= 1 ? .met : ratio >= 1 - Self.nearMargin ? .near : .missed
    }
}
