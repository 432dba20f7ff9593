/// How a marketing channel turns money into views, clicks and orders.
struct SampleChannel: Sendable {
    let name: String
    /// CNY per thousand impressions.
    let costPerMille: Double
    let clickRate: Double
    let conversionRate: Double
    /// Share of conversions that are customers new to the group.
    let newShare: Double

    /// Tuned so that campaigns return 3 to 10 times their spend, as the cockpit's ROI tile expects of B2B food.
    static let all = [
        SampleChannel(name: "微信公众号", costPerMille: 38, clickRate: 0.024, conversionRate: 0.003, newShare: 0.25),
        SampleChannel(name: "抖音", costPerMille: 26, clickRate: 0.017, conversionRate: 0.003, newShare: 0.45),
        SampleChannel(name: "百度搜索", costPerMille: 55, clickRate: 0.036, conversionRate: 0.004, newShare: 0.4),
        SampleChannel(name: "小程序商城", costPerMille: 45, clickRate: 0.03, conversionRate: 0.004, newShare: 0.15),
        // Leaflets handed out and shops visited: few "impressions", a good share of them followed up.
        SampleChannel(name: "线下地推", costPerMille: 900, clickRate: 0.08, conversionRate: 0.02, newShare: 0.6),
        SampleChannel(name: "美团商家", costPerMille: 30, clickRate: 0.028, conversionRate: 0.003, newShare: 0.35),
    ]

    static func named(_ name: String) -> SampleChannel {
        all.first { $0.name == name }!
    }
}
