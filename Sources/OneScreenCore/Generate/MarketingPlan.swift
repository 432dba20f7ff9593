import Foundation

/// Daily marketing figures for the 90 complete days before the end, per campaign and channel, for the cockpit's
/// CAC, ROI, conversion and click-through rates.
struct MarketingPlan: Sendable {
    private(set) var figures: [MarketingFigure] = []

    init(seed: UInt64, end: Int64) {
        var random = SampleRandom(seed: seed, stream: 0x3A2)
        let endDay = SampleCalendar.dayNumber(end)
        for daysBack in stride(from: Int64(90), through: 1, by: -1) {
            let day = endDay - daysBack
            // Business buyers read and order on weekdays.
            let weekday = SampleCalendar.weekday(dayNumber: day) < 5 ? 1.0 : 0.65
            for campaign in SampleCampaign.all where campaign.firstDay >= daysBack && daysBack >= campaign.lastDay {
                for channelName in campaign.channels {
                    let channel = SampleChannel.named(channelName)
                    let spendFen = SampleMoney.fen(campaign.dailyBudget * random.double(0.75, 1.2))
                    let spend = SampleMoney.amount(spendFen)
                    let impressions = Int(spend / channel.costPerMille * 1000 * random.double(0.85, 1.15))
                    let clicks = min(impressions, Int(Double(impressions) * channel.clickRate * weekday * random.double(0.8, 1.2)))
                    let conversions = min(clicks, Int(Double(clicks) * channel.conversionRate * random.double(0.6, 1.4)))
                    let newCustomers = min(conversions, Int((Double(conversions) * channel.newShare * random.double(0.5, 1.5)).rounded()))
                    let revenueFen = SampleMoney.fen(Double(conversions) * campaign.orderValue * exp(0.25 * random.normal()))
                    figures.append(
                        MarketingFigure(
                            day: CalendarDay(daysSinceEpoch: Int32(day)), channel: channelName, campaign: campaign.name,
                            spend: spend, impressions: impressions, clicks: clicks, conversions: conversions,
                            newCustomers: newCustomers, revenue: SampleMoney.amount(revenueFen)))
                }
            }
        }
    }
}
