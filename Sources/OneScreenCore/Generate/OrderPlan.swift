import Foundation

/// A year of orders for every customer, shaped by its habit (how often, how recently, how much) and kind (what
/// it buys), so that RFM segments, lifetime value and repurchase rates come out meaningful.
struct OrderPlan: Sendable {
    static let categories = ["生鲜鸡肉", "冷冻食品", "调理品", "包装食品", "熟食"]
    /// How far back orders reach: the year RFM and LTV look at.
    static let days: Int64 = 365

    private(set) var orders: [Order] = []
    /// Per customer, in the customers' order.
    private(set) var summaries: [CustomerOrderSummary]

    init(seed: UInt64, end: Int64, customers: [SampleCustomer], channels: [String]) {
        var random = SampleRandom(seed: seed, stream: 0x0D5)
        let endDay = SampleCalendar.dayNumber(end)
        summaries = Array(repeating: CustomerOrderSummary(), count: customers.count)

        struct Draft {
            let time: Int64
            let customer: Int
            let fen: Int64
            let category: Int
            let channel: String
        }
        var drafts: [Draft] = []
        for (index, customer) in customers.enumerated() where customer.habit != .prospect {
            let habit = customer.habit
            let kind = customer.record.kind
            let first = max(customer.since, endDay - OrderPlan.days)
            // Walk back from the last order so that recency is exactly what the habit says.
            var day = endDay - random.int64(habit.daysSinceLastOrder)
            while day >= first {
                let time = SampleCalendar.midnight(day) + random.int64(8 * 3600...20 * 3600)
                let typical = kind.typicalOrder * habit.spend * OrderPlan.season(day)
                let amount = max(120, typical * exp(0.35 * random.normal()))
                let channel = random.chance(0.85) ? customer.record.channel : random.pick(channels)
                drafts.append(
                    Draft(
                        time: time, customer: index, fen: SampleMoney.fen(amount),
                        category: random.weighted(kind.categoryWeights), channel: channel))
                day -= random.int64(habit.interval)
            }
        }
        drafts.sort { ($0.time, $0.customer) < ($1.time, $1.customer) }

        var previousDay: Int64 = .min
        var sequence = 0
        for draft in drafts {
            let day = SampleCalendar.dayNumber(draft.time)
            sequence = day == previousDay ? sequence + 1 : 1
            previousDay = day
            orders.append(
                Order(
                    id: "SO" + SampleCalendar.compactDate(day) + "-" + SampleCalendar.pad4(sequence),
                    customer: customers[draft.customer].record.id, time: Instant(seconds: draft.time),
                    amount: SampleMoney.amount(draft.fen), category: OrderPlan.categories[draft.category],
                    channel: draft.channel))
            summaries[draft.customer].count += 1
            summaries[draft.customer].revenue += draft.fen
            summaries[draft.customer].byCategory[draft.category] += draft.fen
            summaries[draft.customer].lastTime = draft.time
        }
    }

    /// Demand by month: stocking up for the Spring Festival in January and February, the November shopping
    /// festivals, a summer lull.
    private static func season(_ day: Int64) -> Double {
        switch SampleCalendar.civil(day).month {
        case 1, 2: 1.3
        case 11: 1.15
        case 7, 8: 0.88
        default: 1
        }
    }
}
