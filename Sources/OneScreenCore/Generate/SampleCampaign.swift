/// A marketing campaign: when it runs (days before the end), on which channels, and its daily budget in CNY.
struct SampleCampaign: Sendable {
    let name: String
    /// Days before the end of the data; the campaign runs on both bounds.
    let firstDay: Int64
    let lastDay: Int64
    let channels: [String]
    let dailyBudget: Double
    /// Average order a conversion brings, CNY.
    let orderValue: Double

    /// The name holds a comma and quotes on purpose: it is what RFC 4180 quoting is for, and the sample file
    /// exercises it.
    static let all = [
        SampleCampaign(
            name: "品牌常态投放", firstDay: 90, lastDay: 1, channels: ["微信公众号", "百度搜索", "抖音"], dailyBudget: 2_400,
            orderValue: 1_800),
        SampleCampaign(
            name: "秋冬新品·调理鸡排上市", firstDay: 80, lastDay: 50, channels: ["抖音", "小程序商城", "微信公众号"],
            dailyBudget: 5_500, orderValue: 2_600),
        SampleCampaign(
            name: "餐饮开业季 \"满5000减300\", 新店专享", firstDay: 60, lastDay: 21, channels: ["线下地推", "美团商家"],
            dailyBudget: 3_200, orderValue: 3_000),
        SampleCampaign(
            name: "团餐食堂直供计划", firstDay: 60, lastDay: 1, channels: ["线下地推", "百度搜索"], dailyBudget: 1_800,
            orderValue: 3_500),
        SampleCampaign(
            name: "双11冷冻囤货节", firstDay: 25, lastDay: 9,
            channels: ["抖音", "小程序商城", "微信公众号", "美团商家"], dailyBudget: 9_000, orderValue: 2_100),
        SampleCampaign(
            name: "年末备货预热", firstDay: 14, lastDay: 1,
            channels: ["微信公众号", "百度搜索", "抖音", "小程序商城", "线下地推", "美团商家"], dailyBudget: 2_800,
            orderValue: 3_400),
    ]
}
