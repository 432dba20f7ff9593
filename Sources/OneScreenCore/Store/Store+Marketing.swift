
extension Store {
    /// The cockpit judges the last 30 days, a month of campaigns, and draws one trend point per day.
    public static let cockpitDays = 30

    /// - Parameter started: when the read began; the system response time is the read so far.
    static func marketing(_ db: any SQLConnection, now: Instant, today: CalendarDay, utcOffset: Int, started: ContinuousClock.Instant) throws -> MarketingSnapshot {
        let first = today.adding(days: 1 - cockpitDays)
        var days = Array(repeating: MarketingDay(), count: cockpitDays)
        for row in try db.rows("""
            SELECT day, \(moneySum("spend")) AS spend, SUM(impressions) AS impressions, SUM(clicks) AS clicks,
                   SUM(conversions) AS conversions, SUM(new_customers) AS new_customers, \(moneySum("revenue")) AS revenue
            FROM marketing WHERE day >= ? AND day <= ? GROUP BY day
            """, [first.description, today.description]) {
            guard let day = CalendarDay(row["day"] as String) else { continue }
            let index = day.days(since: first)
            guard days.indices.contains(index) else { continue }
            days[index] = MarketingDay(spend: row["spend"], impressions: row["impressions"], clicks: row["clicks"],
                                       conversions: row["conversions"], newCustomers: row["new_customers"], revenue: row["revenue"])
        }
        let total = days.reduce(MarketingDay(), +)
        let (ltv, repurchase) = try customerTrends(db, today: today, utcOffset: utcOffset, first: first)
        let counts = try db.row("SELECT SUM(accepted) AS a, SUM(rejected) AS r FROM source_health")
        let accepted = Double(counts?["a"] as Int? ?? 0)
        let rejected = Double(counts?["r"] as Int? ?? 0)
        let elapsed = ContinuousClock.now - started
        let millis = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return MarketingSnapshot(metrics: [
            CockpitMetric(kind: .acquisitionCost, value: total.acquisitionCost, daily: days.map(\.acquisitionCost)),
            CockpitMetric(kind: .lifetimeValue, value: ltv.last ?? nil, daily: ltv),
            CockpitMetric(kind: .repurchaseRate, value: repurchase.last ?? nil, daily: repurchase),
            CockpitMetric(kind: .campaignROI, value: total.roi, daily: days.map(\.roi)),
            CockpitMetric(kind: .conversionRate, value: total.conversionRate, daily: days.map(\.conversionRate)),
            CockpitMetric(kind: .clickThroughRate, value: total.clickThroughRate, daily: days.map(\.clickThroughRate)),
            CockpitMetric(kind: .responseTime, value: millis, daily: []),
            CockpitMetric(kind: .processingEfficiency, value: accepted + rejected > 0 ? accepted / (accepted + rejected) : nil, daily: []),
        ])
    }

    /// Average LTV of buying customers and the repurchase rate (buyers with two or more orders), each over the RFM
    /// window ending on every day of the cockpit's 30: one pass over per-customer daily totals, not 30 queries.
    static func customerTrends(_ db: any SQLConnection, today: CalendarDay, utcOffset: Int, first: CalendarDay) throws -> (ltv: [Double?], repurchase: [Double?]) {
        let dayMillis = 24 * hour
        let ends = (0..<cockpitDays).map { first.adding(days: $0 + 1).start(utcOffset: utcOffset).millis }
        let from = ends[0] - Int64(CustomerActivity.windowDays) * dayMillis
        var perCustomer: [String: [(time: Int64, orders: Int, spend: Double)]] = [:]
        for row in try db.rows("""
            SELECT customer, (time + ?) / ? AS day, COUNT(*) AS n, \(moneySum("amount")) AS spend FROM orders
            WHERE time >= ? AND time < ? GROUP BY customer, day ORDER BY customer, day
            """, [Int64(utcOffset) * 1000, dayMillis, from, ends[ends.count - 1]]) {
            let day: Int64 = row["day"]
            perCustomer[row["customer"], default: []].append((day * dayMillis - Int64(utcOffset) * 1000, row["n"], row["spend"]))
        }
        var ltv: [Double?] = []
        var repurchase: [Double?] = []
        for end in ends {
            let start = end - Int64(CustomerActivity.windowDays) * dayMillis
            var buyers = 0, repeaters = 0
            var spend = 0.0
            // In one order, whatever the engine's or the dictionary's: sums of doubles depend on it.
            for customer in perCustomer.keys.sorted() {
                let days = perCustomer[customer]!
                let inWindow = days.filter { $0.time >= start && $0.time < end }
                let orders = inWindow.reduce(0) { $0 + $1.orders }
                guard orders > 0 else { continue }
                buyers += 1
                if orders >= 2 { repeaters += 1 }
                spend += inWindow.reduce(0) { $0 + $1.spend }
            }
            ltv.append(buyers > 0 ? spend / Double(buyers) * CustomerActivity.expectedLifetimeYears : nil)
            repurchase.append(buyers > 0 ? Double(repeaters) / Double(buyers) : nil)
        }
        return (ltv, repurchase)
    }
}
