/// Moments of truth (MOT 关键时点) in the customers' businesses — openings, big promotions, new categories,
/// anniversaries — each with the next best action the blueprint asks for. Part of them lie in the days after the
/// end, where the customer page shows what to prepare.
struct MomentPlan: Sendable {
    /// Days after the end the "coming up" moments fall on, one moment per entry: eight in the first week, six in
    /// the three weeks after it.
    private static let upcoming: [(kind: MomentKind, days: ClosedRange<Int64>)] = [
        (.opening, 1...7), (.promotion, 1...7), (.newCategory, 1...7), (.opening, 1...7), (.promotion, 1...7),
        (.other, 1...7), (.newCategory, 1...7), (.promotion, 1...7),
        (.opening, 8...30), (.promotion, 8...30), (.promotion, 8...30), (.newCategory, 8...30), (.other, 8...30),
        (.opening, 8...30),
    ]
    /// Moments of the last two months, already past.
    private static let pastCount = 26
    /// How far around the end anniversaries of becoming a customer are listed.
    private static let anniversaryWindow: ClosedRange<Int64> = -30...14

    private(set) var moments: [Moment] = []

    init(seed: UInt64, end: Int64, customers: [SampleCustomer]) {
        var random = SampleRandom(seed: seed, stream: 0x307)
        let endDay = SampleCalendar.dayNumber(end)
        var drafts: [(day: Int64, customer: Int, kind: MomentKind, action: String?)] = []

        var schedule = MomentPlan.upcoming
        let pastKinds: [MomentKind] = [.opening, .promotion, .newCategory, .other]
        for _ in 0..<MomentPlan.pastCount {
            schedule.append((pastKinds[random.weighted([0.2, 0.35, 0.3, 0.15])], -60...(-1)))
        }
        for entry in schedule {
            let day = endDay + random.int64(entry.days)
            let weights = customers.map { MomentPlan.weight(of: $0, for: entry.kind, on: day) }
            let customer = random.weighted(weights)
            drafts.append((day, customer, entry.kind, MomentPlan.action(entry.kind, customers[customer], &random)))
        }

        for (index, customer) in customers.enumerated() {
            let since = SampleCalendar.civil(customer.since)
            let year = SampleCalendar.civil(endDay).year
            for candidateYear in (year - 1)...(year + 1) {
                let day = SampleCalendar.days(year: candidateYear, month: since.month, day: since.day)
                let years = candidateYear - since.year
                guard years > 0, MomentPlan.anniversaryWindow.contains(day - endDay) else { continue }
                let action =
                    customer.habit == .lapsed || customer.habit == .atRisk
                    ? "合作\(years)周年：客户近期未下单，客户经理回访并赠送周年专享券，唤醒复购"
                    : "合作\(years)周年：赠送定制礼盒，邀请参加年度客户答谢会，洽谈续签年度供货协议"
                drafts.append((day, index, .anniversary, action))
            }
        }

        drafts.sort { ($0.day, $0.customer, $0.kind.rawValue) < ($1.day, $1.customer, $1.kind.rawValue) }
        for (number, draft) in drafts.enumerated() {
            moments.append(
                Moment(
                    id: "MOT-" + SampleCalendar.pad4(number + 1), customer: customers[draft.customer].record.id,
                    kind: draft.kind, date: CalendarDay(daysSinceEpoch: Int32(draft.day)), action: draft.action))
        }
    }

    /// Who has such a moment: openings at shops and restaurants (mostly the newest customers), promotions at
    /// retailers, new categories where a menu or shelf changes; never before the customer existed.
    private static func weight(of customer: SampleCustomer, for kind: MomentKind, on day: Int64) -> Double {
        guard customer.since <= day - 3 else { return 0 }
        let record = customer.record
        let recent = customer.habit == .newcomer || customer.habit == .prospect
        switch kind {
        case .opening:
            guard record.kind != .canteen && record.kind != .other else { return 0 }
            return recent ? 6 : 1
        case .promotion:
            let retail = record.kind == .supermarket || record.kind == .officeStore || record.kind == .residentialStore
            return retail && !recent && customer.habit != .lapsed ? 1 : 0
        case .newCategory:
            return record.kind == .officeStore || record.kind == .residentialStore || customer.habit == .prospect ? 0 : 1
        case .anniversary, .other:
            return customer.habit == .lapsed || customer.habit == .prospect ? 0 : 1
        }
    }

    /// The suggested next best action; a few moments are logged without one yet.
    private static func action(_ kind: MomentKind, _ customer: SampleCustomer, _ random: inout SampleRandom) -> String? {
        guard random.chance(0.92) else { return nil }
        let recent = customer.habit == .newcomer || customer.habit == .prospect
        let options: [String]
        switch kind {
        case .opening where recent:
            options = [
                "新店开业：推送开业套餐（冷冻鸡块+调理鸡排），首单满5000减300，客户经理到店支持",
                "开业前一周：确认首批备货清单，推荐冰鲜鸡胸肉与奥尔良腌制鸡腿组合，赠送试吃物料",
            ]
        case .opening:
            options = [
                "新分店开业：同步老店常购清单，推荐生鲜鸡肉周配方案，开业首月9.5折",
                "新分店开业：推荐冷冻食品整箱捆绑，配送频次由每周2次提至3次",
            ]
        case .promotion:
            options = [
                "大促前7天：建议备货冷冻食品与包装食品组合，提供堆头陈列与海报物料",
                "会员日大促：推荐盐焗鸡等包装熟食做引流款，阶梯满减（满3000减150）",
                "年末囤货节：冷冻鸡翅、鸡块整箱装捆绑销售，9折并加赠冷藏周转箱",
            ]
        case .newCategory where customer.record.kind == .restaurant:
            options = [
                "菜单上新鸡肉菜品：推荐冰鲜鸡腿肉定制分割规格，锁定季度价格",
                "上新炸鸡小食：推荐冷冻鸡块与鸡翅中，搭配油炸工艺培训",
            ]
        case .newCategory where customer.record.kind == .canteen:
            options = ["新增中式快餐窗口：推荐调理品+熟食组合，按周配送", "新增轻食窗口：推荐冰鲜鸡胸肉与低脂调理鸡排"]
        case .newCategory:
            options = [
                "新上架调理品类：推荐奥尔良腌制鸡腿与调理鸡排，提供试吃装与菜谱卡",
                "新上架冷冻熟食专柜：推荐盐焗鸡等包装熟食，首月铺货返利5%",
            ]
        case .anniversary, .other:
            options = [
                "门店装修闭店两周：暂停配送，复业前一周推送复业备货清单",
                "年度供货合同续约评估：准备全年供货数据与质量检测报告",
                "菜单换季：推荐冬季火锅鸡肉系列与冷冻鸡翅",
            ]
        }
        return random.pick(options)
    }
}
