/// One day's (or a window's) marketing totals over every channel and campaign, and the ratios the cockpit shows.
struct MarketingDay: Sendable {
    var spend = 0.0
    var impressions = 0
    var clicks = 0
    var conversions = 0
    var newCustomers = 0
    var revenue = 0.0

    static func + (a: MarketingDay, b: MarketingDay) -> MarketingDay {
        MarketingDay(spend: a.spend + b.spend, impressions: a.impressions + b.impressions, clicks: a.clicks + b.clicks,
                     conversions: a.conversions + b.conversions, newCustomers: a.newCustomers + b.newCustomers,
                     revenue: a.revenue + b.revenue)
    }

    var acquisitionCost: Double? { newCustomers > 0 ? spend / Double(newCustomers) : nil }
    var roi: Double? { spend > 0 ? (revenue - spend) / spend : nil }
    var conversionRate: Double? { clicks > 0 ? Double(conversions) / Double(clicks) : nil }
    var clickThroughRate: Double? { impressions > 0 ? Double(clicks) / Double(impressions) : nil }
}
