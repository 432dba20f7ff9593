import OneScreenCore

/// A realistic overview of the food group on a Monday morning: Chinese and Latin names, names long enough that every
/// pane must cut them, one emoji, every list non-empty, a failing and a late source. `stale` is the same morning with
/// the newest reading 3h12m old.
enum OverviewFixture {
    /// 2026-11-23 09:30 at UTC+8.
    static let utcOffset = 8 * 3600
    static let now = CalendarDay(year: 2026, month: 11, day: 23)!.start(utcOffset: utcOffset).adding(seconds: 9.5 * 3600)
    static var today: CalendarDay { now.day(utcOffset: utcOffset) }

    static func ago(_ seconds: Double) -> Instant { now.adding(seconds: -seconds) }
    static func minutes(_ count: Double) -> Double { count * 60 }
    static func hours(_ count: Double) -> Double { count * 3600 }

    static let snapshot = OverviewSnapshot(
        now: now, utcOffset: utcOffset,
        freshness: DataFreshness(newestReading: ago(minutes(2)), lastWrite: ago(minutes(1))),
        quality: quality, customers: customers, contracts: contracts, alerts: alerts, sources: sources
    )

    static var stale: OverviewSnapshot {
        var snapshot = snapshot
        snapshot.freshness = DataFreshness(newestReading: ago(hours(3) + minutes(12)), lastWrite: ago(hours(3)))
        return snapshot
    }

    /// Every text the snapshot carries that the page prints as data (names, subjects, units), so a test can tell data
    /// from the page's own glyphs.
    static var dataTexts: [String] {
        quality.worst.flatMap { [$0.name, $0.site, $0.unit] }
            + customers.topByValue.map(\.name)
            + customers.upcomingMoments.flatMap { [$0.customerName, $0.action ?? ""] }
            + contracts.overdueMilestones.flatMap { [$0.contract, $0.name] }
            + contracts.expiring.flatMap { [$0.title, $0.counterparty] }
            + contracts.unapprovedSeals.flatMap { [$0.contract, $0.requestedBy] }
            + alerts.newest.flatMap { [$0.subject, $0.message] }
    }

    // 12,340 of 12,682 readings inside standard: 97.3%.
    static let quality = QualityOverview(
        overall: .init(inside: 12_340, total: 12_682),
        segments: [
            .init(segment: .production, compliance: .init(inside: 5_120, total: 5_219), hourly: hourly(base: 0.98)),
            .init(segment: .distribution, compliance: .init(inside: 4_100, total: 4_307), hourly: hourly(base: 0.93)),
            .init(segment: .terminal, compliance: .init(inside: 3_120, total: 3_156), hourly: hourly(base: 0.985)),
        ],
        worst: [
            outOfBand("truck_temp", "冷藏车厢温度", "沪A·冷链07", .transport, 8.6, "℃", 0, 4, .businessAnomaly,
                      since: hours(3) + minutes(12)),
            outOfBand("store_freezer_temp", "门店冷柜温度", "上海徐汇区漕溪北路写字楼店（旗舰店）冷柜2号", .store, 9.2, "℃",
                      0, 4, .businessAnomaly, since: hours(2) + minutes(5)),
            outOfBand("cold_room_temp", "冷库温度", "嘉兴中心仓 3号冷库", .warehouse, -12.5, "℃", nil, -18,
                      .businessAnomaly, since: minutes(47)),
            outOfBand("reheat_temp", "再加工中心温度", "北京朝阳大悦城餐厅", .store, 68, "℃", 75, nil, .businessAnomaly,
                      since: minutes(12)),
            outOfBand("co2_ppm", "车间CO2浓度", "南通屠宰加工一厂 分割车间", .plant, 1_850, "ppm", nil, 1_500,
                      .performanceDecline, since: minutes(25)),
            outOfBand("pack_weight", "成品重量", "Nantong Plant No.1 Packaging Line 3 (export)", .plant, 2.38, "kg",
                      2.45, 2.55, .performanceDecline, since: minutes(18)),
            outOfBand("warehouse_lux", "仓库光照", "嘉兴中心仓", .warehouse, 420, "lux", nil, 300, .performanceDecline,
                      since: hours(1) + minutes(30)),
            outOfBand("barn_temp", "鸡舍温度", "江苏宿迁养殖基地 5号鸡舍", .farm, 31.5, "℃", 18, 28,
                      .performanceDecline, since: hours(5) + minutes(40)),
        ],
        openIssues: 11
    )

    /// 24 hourly rates around `base`, with a dip at 03:00 and one hour without readings.
    static func hourly(base: Double) -> [Double?] {
        (0..<24).map { hour in
            if hour == 9 { return nil }
            let wave = Double((hour * 7) % 5) * 0.004
            return min(1, base + wave - (hour == 18 ? 0.05 : 0))
        }
    }

    static func outOfBand(
        _ metric: String, _ name: String, _ site: String, _ stage: Stage, _ value: Double, _ unit: String,
        _ min: Double?, _ max: Double?, _ level: AlertLevel, since: Double
    ) -> QualityOverview.OutOfBand {
        .init(metric: metric, name: name, site: site, stage: stage, value: value, unit: unit, min: min, max: max,
              level: level, since: ago(since))
    }

    static let customers = CustomerOverview(
        total: 1_284,
        segments: [
            .init(segment: .champion, count: 126), .init(segment: .promising, count: 85),
            .init(segment: .atRisk, count: 42), .init(segment: .cantLose, count: 17),
            .init(segment: .loyal, count: 310), .init(segment: .newcomer, count: 204),
            .init(segment: .needsAttention, count: 188), .init(segment: .dormant, count: 312),
        ],
        topByValue: [
            .init(id: "C0001", name: "永辉超市华东区", segment: .champion, lifetimeValue: 12_345_000),
            .init(id: "C0002", name: "海底捞（上海）餐饮管理有限公司第一分公司", segment: .champion,
                  lifetimeValue: 320_000_000),
            .init(id: "C0003", name: "Blue Harbor Restaurant Group International (Shanghai)", segment: .promising,
                  lifetimeValue: 8_760_000),
            .init(id: "C0004", name: "盒马鲜生", segment: .champion, lifetimeValue: 5_430_000),
            .init(id: "C0005", name: "🐔 鸡排大王", segment: .loyal, lifetimeValue: 860_000),
            .init(id: "C0006", name: "张记餐饮", segment: .atRisk, lifetimeValue: 95_000),
        ],
        upcomingMoments: [
            .init(id: "M1", customer: "C0006", customerName: "张记餐饮", kind: .opening, date: today,
                  action: "开业套餐：冷冻鸡翅+调理鸡排组合，首单九折"),
            .init(id: "M2", customer: "C0004", customerName: "盒马鲜生", kind: .promotion, date: today.adding(days: 2),
                  action: "双十二大促备货：冻品提前3天入仓"),
            .init(id: "M3", customer: "C0005", customerName: "徐汇写字楼店", kind: .newCategory,
                  date: today.adding(days: 3), action: nil),
            .init(id: "M4", customer: "C0001", customerName: "永辉超市华东区", kind: .anniversary,
                  date: today.adding(days: 5), action: "周年庆联合促销，推荐包装熟食"),
            .init(id: "M5", customer: "C0003", customerName: "Blue Harbor Restaurant Group", kind: .other,
                  date: today.adding(days: 6), action: "Follow up on bundle pricing for frozen lines"),
        ]
    )

    static let contracts = ContractOverview(
        byStatus: [
            .init(status: .draft, count: 6, amount: 3_200_000),
            .init(status: .review, count: 4, amount: 8_900_000),
            .init(status: .approved, count: 3, amount: 12_000_000),
            .init(status: .sealed, count: 5, amount: 25_600_000),
            .init(status: .performing, count: 48, amount: 320_000_000),
            .init(status: .completed, count: 112, amount: 560_000_000),
            .init(status: .terminated, count: 3, amount: 1_200_000),
        ],
        overdueMilestones: [
            .init(id: "MS1", contract: "C-2026-0412", name: "第二批冻品交付", due: today.adding(days: -12),
                  amount: 1_250_000),
            .init(id: "MS2", contract: "C-2026-0388", name: "冷链设备验收", due: today.adding(days: -5), amount: nil),
            .init(id: "MS3", contract: "C-2026-0455", name: "Quarterly rebate settlement for East China key accounts",
                  due: today.adding(days: -2), amount: 86_000),
            .init(id: "MS4", contract: "C-2026-0301", name: "首付款", due: today.adding(days: -1), amount: 2_000_000),
        ],
        overdueCount: 6,
        expiring: [
            .init(id: "C-2026-0102", title: "华东区冻品年度供货合同", counterparty: "永辉超市华东区",
                  amount: 56_000_000, status: .performing, end: today.adding(days: 9)),
            .init(id: "C-2026-0215", title: "冷链运输服务框架协议", counterparty: "顺丰冷运", amount: 3_400_000,
                  status: .sealed, end: today.adding(days: 21)),
            .init(id: "C-2026-0230", title: "Packaging supply agreement", counterparty: "Amcor Flexibles",
                  amount: 880_000, status: .performing, end: today.adding(days: 29)),
        ],
        expiringCount: 3,
        unapprovedSeals: [
            .init(id: "S-0931", contract: "C-2026-0467", seal: .contract, requestedBy: "王小明", status: .used,
                  time: ago(hours(2))),
            .init(id: "S-0925", contract: "C-2026-0455", seal: .company, requestedBy: "李娜", status: .requested,
                  time: ago(hours(27))),
        ],
        unapprovedCount: 2
    )

    static let alerts = AlertOverview(
        byLevel: [1, 3, 9, 2],
        newest: [
            alert(15, .systemFault, .firing, "嘉兴中心仓网关", "数据源失联，最后数据 09:12", ago: minutes(18)),
            alert(14, .complianceRisk, .firing, "C-2026-0467", "合同章已使用，无审批人", ago: hours(2)),
            alert(13, .businessAnomaly, .acknowledged, "沪A·冷链07", "冷藏车厢温度 8.6℃ 超出 0–4℃",
                  ago: hours(3) + minutes(5)),
            alert(12, .performanceDecline, .acknowledged, "report-api", "P95 response time 3.2 s", ago: hours(4)),
            alert(11, .businessAnomaly, .firing, "C-2026-0412", "里程碑「第二批冻品交付」逾期12天", ago: hours(26)),
            alert(10, .complianceRisk, .acknowledged, "C-2026-0455", "公章用印申请未审批", ago: hours(27)),
            alert(9, .businessAnomaly, .pending, "嘉兴中心仓 3号冷库", "冷库温度 -12.5℃ 高于 -18℃", ago: hours(30)),
            alert(8, .performanceDecline, .firing, "tms-trucks", "source late by 20 minutes", ago: hours(40)),
        ]
    )

    static func alert(
        _ id: Int64, _ level: AlertLevel, _ state: AlertState, _ subject: String, _ message: String, ago seconds: Double
    ) -> AlertRecord {
        .init(id: id, fingerprint: "rule-\(id)/\(subject)", rule: "rule-\(id)", level: level, state: state, subject: subject, message: message,
              firstSeen: ago(seconds), lastSeen: ago(seconds / 2), count: 3)
    }

    static let sources = [
        SourceStatus(name: "erp-orders", kind: "exec", state: .ok, lastSuccess: ago(minutes(1)), lastError: nil,
                     accepted: 1_200, rejected: 3, nextRun: nil),
        SourceStatus(name: "iot-gateway-jiaxing", kind: "mqtt", state: .failing, lastSuccess: ago(minutes(18)),
                     lastError: "connection refused", accepted: 50_000, rejected: 0, nextRun: nil),
        SourceStatus(name: "crm", kind: "file", state: .ok, lastSuccess: ago(minutes(5)), lastError: nil,
                     accepted: 900, rejected: 0, nextRun: nil),
        SourceStatus(name: "contracts", kind: "file", state: .ok, lastSuccess: ago(minutes(5)), lastError: nil,
                     accepted: 181, rejected: 1, nextRun: nil),
        SourceStatus(name: "tms-trucks", kind: "exec", state: .late, lastSuccess: ago(minutes(20)), lastError: nil,
                     accepted: 8_000, rejected: 0, nextRun: nil),
        SourceStatus(name: "lims", kind: "file", state: .ok, lastSuccess: ago(minutes(9)), lastError: nil,
                     accepted: 300, rejected: 0, nextRun: nil),
    ]
}
