/// The customers, their year of orders and their tags of the three kinds (basic, statistical, evaluation).
struct CustomerPlan: Sendable {
    static let count = 240
    /// How customers order (the customer record's main channel and each order's).
    static let channels = ["直营", "经销商", "小程序商城", "电商平台", "电话订货"]
    /// VIP levels 5 down to 1 by revenue rank: the share of ordering customers that reaches each level;
    /// the rest are level 0.
    private static let vipShares = [0.04, 0.08, 0.16, 0.24, 0.24]

    private(set) var customers: [SampleCustomer] = []
    let orders: OrderPlan
    private(set) var tags: [CustomerTag] = []

    init(seed: UInt64, end: Int64) {
        var random = SampleRandom(seed: seed, stream: 0xC05)
        let endDay = SampleCalendar.dayNumber(end)
        let kinds = CustomerKind.allCases
        var names: Set<String> = []
        for index in 0..<CustomerPlan.count {
            let kind = kinds[random.weighted(kinds.map(\.sampleWeight))]
            let region = SampleRegion.all[random.weighted(SampleRegion.all.map(\.weight))]
            let city = random.pick(region.cities)
            var name = kind.sampleName(city: city, &random)
            while names.contains(name) { name = kind.sampleName(city: city, &random) }
            names.insert(name)
            let habit = CustomerHabit.allCases[random.weighted(CustomerHabit.allCases.map(\.weight))]
            let since = endDay - habit.since(&random)
            let record = Customer(
                id: "C" + String(10_001 + index), name: name, kind: kind, region: region.name,
                channel: CustomerPlan.channels[random.weighted(kind.channelWeights)],
                contact: SampleNames.person(&random), phone: random.chance(0.9) ? SampleNames.phone(&random) : nil,
                vipLevel: nil,
                riskPreference: random.chance(0.9) ? RiskPreference.allCases[random.weighted([0.45, 0.4, 0.15])] : nil,
                since: CalendarDay(daysSinceEpoch: Int32(since)))
            customers.append(SampleCustomer(record: record, city: city, habit: habit, since: since))
        }
        orders = OrderPlan(seed: seed, end: end, customers: customers, channels: CustomerPlan.channels)
        assignVIPLevels()
        for index in customers.indices { tags += tags(of: index, &random) }
    }

    /// VIP level follows the year's revenue; a customer who never ordered has none yet.
    private mutating func assignVIPLevels() {
        let summaries = orders.summaries
        let ranked = customers.indices.filter { summaries[$0].count > 0 }.sorted {
            (summaries[$0].revenue, -$0) > (summaries[$1].revenue, -$1)
        }
        var threshold = 0.0
        var rank = 0
        for (step, share) in CustomerPlan.vipShares.enumerated() {
            threshold += share * Double(ranked.count)
            while Double(rank) < threshold.rounded() {
                customers[ranked[rank]].record.vipLevel = 5 - step
                rank += 1
            }
        }
        while rank < ranked.count {
            customers[ranked[rank]].record.vipLevel = 0
            rank += 1
        }
    }

    private func tags(of index: Int, _ random: inout SampleRandom) -> [CustomerTag] {
        let customer = customers[index]
        let record = customer.record
        let summary = orders.summaries[index]
        var tags: [CustomerTag] = []
        func tag(_ kind: TagKind, _ key: String, _ value: String) {
            tags.append(CustomerTag(customer: record.id, kind: kind, key: key, value: value))
        }
        tag(.basic, "客户类型", record.kind.label)
        tag(.basic, "区域", record.region)
        tag(.basic, "城市", customer.city)
        tag(.basic, "渠道", record.channel)

        tag(.statistical, "近12月营收（元）", SampleMoney.text(summary.revenue))
        tag(.statistical, "近12月订单数", String(summary.count))
        if let last = summary.lastTime {
            tag(.statistical, "客单价（元）", SampleMoney.text(summary.revenue / Int64(summary.count)))
            tag(.statistical, "最近下单日", CalendarDay(daysSinceEpoch: Int32(SampleCalendar.dayNumber(last))).description)
            var top = 0
            for category in summary.byCategory.indices where summary.byCategory[category] > summary.byCategory[top] {
                top = category
            }
            tag(.statistical, "主力品类", OrderPlan.categories[top])
        }

        if let vip = record.vipLevel { tag(.evaluation, "VIP等级", "V" + String(vip)) }
        if let risk = record.riskPreference {
            tag(.evaluation, "风险偏好", ["低", "中", "高"][RiskPreference.allCases.firstIndex(of: risk)!])
        }
        // Small shops and canteens watch prices more than chains that buy on contract.
        let sensitive = record.kind == .residentialStore || record.kind == .canteen
        tag(.evaluation, "价格敏感度", ["高", "中", "低"][random.weighted(sensitive ? [5, 3, 1] : [2, 4, 3])])
        let credit: [Double] =
            switch customer.habit {
            case .champion, .loyal: [4, 4, 1, 0.2]
            case .atRisk, .lapsed: [0.5, 2, 4, 2]
            default: [1, 3, 3, 1]
            }
        tag(.evaluation, "信用评级", ["AAA", "AA", "A", "BBB"][random.weighted(credit)])
        return tags
    }
}
