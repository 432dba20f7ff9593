
extension Store {
    /// How many look-alikes and next best actions the 360 view offers: a short list someone acts on.
    public static let similarCustomerLimit = 5
    public static let nextBestLimit = 5
    static let customerMomentLimit = 10

    static func customerRows(_ db: any SQLConnection, now: Instant) throws -> [CustomerRow] {
        try customerRows(db, activity: try customerActivity(db, now: now), now: now)
    }

    static func customerRows(_ db: any SQLConnection, activity: [CustomerActivity], now: Instant) throws -> [CustomerRow] {
        var profile: [String: (CustomerKind, String)] = [:]
        for row in try db.rows("SELECT id, kind, region FROM customer") {
            profile[row["id"]] = (CustomerKind(rawValue: row["kind"]) ?? .other, row["region"])
        }
        let segments = CustomerActivity.segments(of: activity, at: now)
        return zip(activity, segments).map { customer, segment in
            CustomerRow(id: customer.id, name: customer.name, kind: profile[customer.id]?.0 ?? .other,
                        region: profile[customer.id]?.1 ?? "", segment: segment, orders: customer.orders,
                        spend: customer.spend, lifetimeValue: customer.lifetimeValue)
        }
    }

    static func customer360(_ db: any SQLConnection, id: String, now: Instant, utcOffset: Int) throws -> Customer360? {
        guard let customer = try db.row("""
            SELECT channel, contact, phone, vip_level, risk_preference, since FROM customer WHERE id = ?
            """, [id]) else { return nil }
        let activity = try customerActivity(db, now: now)
        let rows = try customerRows(db, activity: activity, now: now)
        guard let row = rows.first(where: { $0.id == id }) else { return nil }
        let tags = try db.rows("SELECT kind, key, value FROM tag WHERE customer = ? ORDER BY kind, key",
                                    [id]).compactMap { tag -> CustomerTagLine? in
            TagKind(rawValue: tag["kind"]).map { CustomerTagLine(kind: $0, key: tag["key"], value: tag["value"]) }
        }
        let moments = try db.rows("""
            SELECT kind, date, action FROM moment WHERE customer = ? ORDER BY date DESC, id LIMIT ?
            """, [id, customerMomentLimit]).compactMap { moment -> CustomerMoment? in
            guard let kind = MomentKind(rawValue: moment["kind"]), let date = CalendarDay(moment["date"] as String) else { return nil }
            return CustomerMoment(kind: kind, date: date, action: moment["action"])
        }
        let similar = try similarCustomers(db, to: row, among: rows)
        let today = now.day(utcOffset: utcOffset)
        let upcoming = moments.filter { $0.date >= today }.min { $0.date < $1.date }.map { ($0.kind, $0.date.days(since: today)) }
        let lastOrder = activity.first { $0.id == id }?.lastOrder
        let scores = RFMScores.of(id, among: activity, at: now)
        let move = NextMove.choose(segment: row.segment, scores: scores,
                                   daysSinceOrder: lastOrder.map { Int(now.seconds(since: $0) / 86_400) }, upcoming: upcoming, tags: tags)
        return Customer360(
            row: row, channel: customer["channel"], contact: customer["contact"], phone: customer["phone"],
            vipLevel: customer["vip_level"], riskPreference: (customer["risk_preference"] as String?).flatMap(RiskPreference.init),
            since: (customer["since"] as String?).flatMap { CalendarDay($0) }, tags: tags,
            scores: scores,
            monthlySpend: try monthlySpend(db, customer: id, today: now.day(utcOffset: utcOffset), utcOffset: utcOffset),
            moments: moments, similar: similar,
            nextBestAction: NextBestAction(move: move, products: try suggestedProducts(db, for: id, similar: similar.map(\.id), now: now)))
    }

    /// Spend in each of the last 12 calendar months, this month last.
    static func monthlySpend(_ db: any SQLConnection, customer: String, today: CalendarDay, utcOffset: Int) throws -> [Double] {
        let (year, month, _) = today.components
        let starts = (0...12).reversed().compactMap { back -> Instant? in
            let index = year * 12 + (month - 1) - back + 1
            return CalendarDay(year: index / 12, month: index % 12 + 1, day: 1)?.start(utcOffset: utcOffset)
        }
        guard starts.count == 13 else { return [] }
        return try starts.indices.dropLast().map { index in
            try db.value(Double.self, """
                SELECT COALESCE(\(moneySum("amount")), 0) FROM orders WHERE customer = ? AND time >= ? AND time < ?
                """, [customer, starts[index].millis, starts[index + 1].millis]) ?? 0
        }
    }

    /// Look-alikes by Jaccard similarity of what describes a customer: kind, region, channel, RFM segment and every
    /// basic and evaluation tag. Statistical tags are left out: they restate the spend that RFM already weighs.
    static func similarCustomers(_ db: any SQLConnection, to customer: CustomerRow, among rows: [CustomerRow]) throws -> [SimilarCustomer] {
        var features: [String: Set<String>] = [:]
        for row in try db.rows("SELECT id, kind, region, channel FROM customer") {
            features[row["id"]] = ["kind=\(row["kind"] as String)", "region=\(row["region"] as String)",
                                   "channel=\(row["channel"] as String)"]
        }
        for row in rows { features[row.id, default: []].insert("segment=\(row.segment.rawValue)") }
        for tag in try db.rows("SELECT customer, kind, key, value FROM tag WHERE kind != 'statistical'") {
            features[tag["customer"], default: []].insert("\(tag["kind"] as String):\(tag["key"] as String)=\(tag["value"] as String)")
        }
        let mine = features[customer.id] ?? []
        return rows.filter { $0.id != customer.id }.compactMap { other -> SimilarCustomer? in
            let theirs = features[other.id] ?? []
            let union = mine.union(theirs).count
            guard union > 0 else { return nil }
            let similarity = Double(mine.intersection(theirs).count) / Double(union)
            return similarity > 0 ? SimilarCustomer(id: other.id, name: other.name, segment: other.segment, similarity: similarity) : nil
        }
        .sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.id < $1.id }
        .prefix(similarCustomerLimit).map { $0 }
    }

    /// A category's share of spend must lag the look-alikes' by this much to be offered as the next one up: less is
    /// the noise of a few orders.
    static let shareGapToOffer = 0.05

    /// What to offer, over the RFM window: the categories the look-alikes bought and this customer did not, by how
    /// many of them bought it; then, for a customer who buys them all, those whose share of their spend lags the
    /// look-alikes' share most (the next category up).
    static func suggestedProducts(_ db: any SQLConnection, for customer: String, similar: [String], now: Instant) throws -> [ProductSuggestion] {
        guard !similar.isEmpty else { return [] }
        let from = now.millis - Int64(CustomerActivity.windowDays) * 24 * hour
        let window = "time > \(from) AND time <= \(now.millis)"
        var own: [String: Double] = [:]
        for row in try db.rows("SELECT category, \(moneySum("amount")) AS spend FROM orders WHERE customer = ? AND \(window) GROUP BY category",
                                    [customer]) {
            own[row["category"]] = row["spend"]
        }
        let marks = Array(repeating: "?", count: similar.count).joined(separator: ",")
        let theirs = try db.rows("""
            SELECT category, COUNT(DISTINCT customer) AS buyers, \(moneySum("amount")) AS spend FROM orders
            WHERE customer IN (\(marks)) AND \(window) GROUP BY category ORDER BY buyers DESC, category
            """, similar).map { (category: $0["category"] as String, buyers: $0["buyers"] as Int, spend: $0["spend"] as Double) }
        let missing = theirs.filter { own[$0.category] == nil }
            .map { ProductSuggestion(category: $0.category, lookAlikeBuyers: $0.buyers) }
        let ownTotal = own.values.reduce(0, +)
        let theirTotal = theirs.reduce(0) { $0 + $1.spend }
        let lagging = ownTotal > 0 && theirTotal > 0 ? theirs.compactMap { item -> ProductSuggestion? in
            guard let spend = own[item.category] else { return nil }
            let (mine, their) = (spend / ownTotal, item.spend / theirTotal)
            return their - mine >= shareGapToOffer ? ProductSuggestion(category: item.category, ownShare: mine, theirShare: their) : nil
        }.sorted { ($0.theirShare! - $0.ownShare!) > ($1.theirShare! - $1.ownShare!) } : []
        return Array((missing + lagging).prefix(nextBestLimit))
    }
}
