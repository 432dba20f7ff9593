/// The eight core metrics of the marketing plan, each with the target the cockpit judges it by. Targets are planning
/// figures for a regional food group's B2B customers; config may override them later.
public enum CockpitMetricKind: String, CaseIterable, Sendable, Codable {
    /// Customer acquisition cost: spend / new customers, yuan.
    case acquisitionCost = "cac"
    /// Lifetime value of the average buying customer, yuan.
    case lifetimeValue = "ltv"
    /// Share of the window's buyers who ordered more than once.
    case repurchaseRate = "repurchase"
    /// Campaign ROI: (revenue − spend) / spend.
    case campaignROI = "roi"
    /// Conversions / clicks.
    case conversionRate = "conversion"
    /// Clicks / impressions.
    case clickThroughRate = "ctr"
    /// How long the snapshot read took, milliseconds: what a user waits for on every refresh.
    case responseTime = "response"
    /// Accepted / (accepted + rejected) rows over every source.
    case processingEfficiency = "efficiency"

    public var target: Double {
        switch self {
        case .acquisitionCost: 2_000
        case .lifetimeValue: 100_000
        case .repurchaseRate: 0.6
        case .campaignROI: 1.0
        case .conversionRate: 0.05
        case .clickThroughRate: 0.02
        // A refresh that takes longer than a tenth of a second is felt on every key press.
        case .responseTime: 100
        case .processingEfficiency: 0.99
        }
    }

    /// Lower is better for a cost or a wait; higher for everything else.
    public var higherIsBetter: Bool { self != .acquisitionCost && self != .responseTime }
}
