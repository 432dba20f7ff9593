import OneScreenCore
@testable import OneScreenUI

/// One snapshot per page and drill-down, built on the overview fixture's morning: Chinese and Latin names long enough
/// to be cut, every list non-empty, one breach on the lot's journey, one unapproved seal.
enum PageFixture {
    static let now = OverviewFixture.now
    static let utcOffset = OverviewFixture.utcOffset

    static func snapshot(_ content: PageContent) -> PageSnapshot {
        let overview = OverviewFixture.snapshot
        return PageSnapshot(now: now, utcOffset: utcOffset, freshness: overview.freshness, sources: overview.sources, content: content)
    }

    static let customerRows = [
        CustomerRow(id: "C10060", name: "厦门科技园食堂", kind: .canteen, region: "华南", segment: .champion, orders: 94,
                    spend: 1_587_000, lifetimeValue: 4_761_000),
        CustomerRow(id: "C10171", name: "大润鲜超市（合肥学府路店）", kind: .supermarket, region: "华东", segment: .cantLose,
                    orders: 28, spend: 763_700, lifetimeValue: 2_291_100),
        CustomerRow(id: "C20001", name: "Golden Tripod Catering (Xuhui flagship)", kind: .restaurant, region: "East",
                    segment: .newcomer, orders: 3, spend: 12_400, lifetimeValue: 37_200),
    ]

    static let contractRows = [
        ContractRow(id: "C-2026-0008", title: "冰鲜鸡肉及调理品供货合同", counterparty: "粤香烧腊（青岛南湖路店）", amount: 81_000,
                    status: .performing, owner: "王敏", signed: CalendarDay("2026-03-18"), end: CalendarDay("2026-12-10"),
                    overdueMilestones: 1),
        ContractRow(id: "C-2026-0188", title: "Cold-chain logistics framework agreement 2026", counterparty: "沪联物流",
                    amount: 12_000_000, status: .sealed, owner: "李强", signed: nil, end: nil, overdueMilestones: 0),
        ContractRow(id: "C-2025-0040", title: "2025年度兽药及疫苗采购合同", counterparty: "华牧动保", amount: 1_931_000,
                    status: .performing, owner: "陈静", signed: CalendarDay("2025-01-08"), end: CalendarDay("2026-10-31"),
                    overdueMilestones: 0),
        ContractRow(id: "C-2026-0120", title: "父母代种鸡采购合同", counterparty: "益生种禽", amount: 5_889_000,
                    status: .approved, owner: "周杰", signed: CalendarDay("2026-11-02"), end: CalendarDay("2027-03-31"),
                    overdueMilestones: 0),
    ]

    static let lot = LotTrace(id: "L20261117-008", product: "冰鲜鸡胸肉", stays: [
        LotStay(stage: .farm, site: "鲁·养殖场03", arrived: OverviewFixture.ago(OverviewFixture.hours(200)),
                departed: OverviewFixture.ago(OverviewFixture.hours(150)), readings: [
                    StayReading(metric: "farm.temp", unit: "°C", count: 641, inside: 641, lowest: 22.8, highest: 26.5, min: 18, max: 30),
                ]),
        LotStay(stage: .transport, site: "沪A·冷链07", arrived: OverviewFixture.ago(OverviewFixture.hours(40)),
                departed: OverviewFixture.ago(OverviewFixture.hours(30)), readings: [
                    StayReading(metric: "cold.temp", unit: "℃", count: 10, inside: 7, lowest: 2, highest: 8.6,
                                min: 0, max: 4, name: "冷链车厢温度", hold: 900,
                                breaches: [StayBreach(standard: "冷链车厢温度", level: .businessAnomaly, start: OverviewFixture.ago(OverviewFixture.hours(36)),
                                                      end: OverviewFixture.ago(OverviewFixture.hours(35)), peak: 8.6)]),
                ]),
        LotStay(stage: .store, site: "上海徐汇区漕溪北路写字楼店（旗舰店）冷柜2号", arrived: OverviewFixture.ago(OverviewFixture.hours(20)),
                departed: nil, readings: []),
    ], events: [
        LotEventLine(time: OverviewFixture.ago(OverviewFixture.hours(200)), stage: .farm, site: "鲁·养殖场03", event: .arrive, note: "鸡苗入栏 12000 羽"),
        LotEventLine(time: OverviewFixture.ago(OverviewFixture.hours(29)), stage: .transport, site: "沪A·冷链07", event: .inspect,
                     note: "复检：中心温度超出冷藏标准，整批冻结待处置"),
        LotEventLine(time: OverviewFixture.ago(OverviewFixture.hours(28)), stage: .transport, site: "沪A·冷链07", event: .hold, note: "整批冻结"),
    ], alerts: [OverviewFixture.alerts.newest[2]])

    /// A truck out of band since 3 hours ago (readings every 5 minutes, 8.6 ℃ against 0–4 ℃), fired 10 minutes in,
    /// acknowledged with a Chinese note by 王敏 as ops and its rule silenced for two hours.
    static let readingAlert: AlertDetail = {
        let raised = OverviewFixture.ago(OverviewFixture.hours(3))
        let fired = raised.adding(seconds: 600)
        var alert = OverviewFixture.alerts.newest[2]
        alert.rule = "standard/STD-COLD-TEMP"
        alert.subject = "沪A·冷链07/cold.temp"
        alert.firstSeen = raised
        alert.ackedBy = "王敏"
        alert.ackedAt = OverviewFixture.ago(OverviewFixture.hours(2))
        alert.ackNote = "司机已关门，复检中"
        let readings = (-12..<12).map { step in
            AlertReading(time: fired.adding(seconds: Double(step) * 300), value: step < -2 ? 3.2 : 8.6)
        }
        return AlertDetail(
            alert: alert, fields: [AlertField("fired_at", fired.rfc3339(utcOffset: utcOffset)), AlertField("peak", "8.6")],
            series: [AlertSeries(subject: alert.subject, unit: "℃", min: 0, max: 4, readings: readings)],
            timeline: [
                AlertTimelineEntry(kind: .raised, at: raised),
                AlertTimelineEntry(kind: .fired, at: fired),
                AlertTimelineEntry(kind: .acknowledged, at: alert.ackedAt!, user: "王敏", role: "ops", note: alert.ackNote),
                AlertTimelineEntry(kind: .silenced, at: OverviewFixture.ago(OverviewFixture.hours(1)), user: "王敏",
                                   target: alert.rule, until: OverviewFixture.ago(-OverviewFixture.hours(1))),
            ])
    }()

    /// An overdue milestone: what the business rule found is the record's fields.
    static let businessAlert = AlertDetail(
        alert: OverviewFixture.alerts.newest[4],
        fields: [AlertField("contract", "C-2026-0412"), AlertField("days", "12"), AlertField("due", "2026-11-11"),
                 AlertField("milestone", "C-2026-0412-M2"), AlertField("name", "第二批冻品交付")],
        timeline: [AlertTimelineEntry(kind: .raised, at: OverviewFixture.alerts.newest[4].firstSeen)])

    /// Every page and drill-down, named as `snapshot --page NAME [--select ID]` would draw it.
    static let pages: [(name: String, navigation: Navigation, snapshot: PageSnapshot)] = [
        ("overview", Navigation(), snapshot(.overview(OverviewFixture.snapshot))),
        ("quality", Navigation(page: .quality), snapshot(.quality(QualitySnapshot(
            metrics: [MetricStatus(metric: "cold.temp", name: "冷藏车厢温度", stage: .transport, site: "沪A·冷链07", unit: "℃",
                                   value: 8.6, min: 0, max: 4, hourly: (0..<24).map { Double($0 % 5) },
                                   compliance: .init(inside: 40, total: 48))],
            lots: [LotSummary(id: lot.id, product: lot.product, lastStage: .store, lastSite: "苏·门店020",
                              lastSeen: OverviewFixture.ago(3600))])))),
        ("lot", Navigation(page: .quality, detail: lot.id), snapshot(.lot(lot))),
        ("customers", Navigation(page: .customers), snapshot(.customers(customerRows))),
        ("customer", Navigation(page: .customers, detail: "C10060"), snapshot(.customer(Customer360(
            row: customerRows[0], channel: "直营", contact: "薛红梅", phone: "13812345678", vipLevel: 5, riskPreference: .medium,
            since: CalendarDay("2021-05-12"),
            tags: [CustomerTagLine(kind: .basic, key: "客户类型", value: "团餐食堂"),
                   CustomerTagLine(kind: .evaluation, key: "VIP等级", value: "V5")],
            scores: RFMScores(recency: 5, frequency: 5, monetary: 5),
            monthlySpend: (0..<12).map { Double($0 * 1000) },
            moments: [CustomerMoment(kind: .newCategory, date: CalendarDay("2026-11-25")!, action: "推荐冷冻调理鸡块")],
            similar: [SimilarCustomer(id: "C10171", name: customerRows[1].name, segment: .cantLose, similarity: 0.5)],
            nextBestAction: NextBestAction(
                move: NextMove(kind: .bundle, segment: .champion, scores: RFMScores(recency: 5, frequency: 5, monetary: 5), daysSinceOrder: 3),
                products: [ProductSuggestion(category: "冷冻调理品", lookAlikeBuyers: 4),
                           ProductSuggestion(category: "包装熟食", ownShare: 0.09, theirShare: 0.24)]))))),
        ("contracts", Navigation(page: .contracts), snapshot(.contracts(ContractListSnapshot(
            byStatus: OverviewFixture.snapshot.contracts.byStatus, contracts: contractRows)))),
        ("contract", Navigation(page: .contracts, detail: "C-2026-0008"), snapshot(.contract(ContractChain(
            contract: contractRows[0],
            seals: [SealUseLine(id: "S-2026-0031", seal: .contract, requestedBy: "王敏", approvedBy: nil,
                                time: OverviewFixture.ago(7200), status: .used)],
            milestones: [MilestoneLine(id: "M1", name: "首批货物交付", due: CalendarDay("2026-05-24")!, done: CalendarDay("2026-05-23"), amount: 24_000),
                         MilestoneLine(id: "M3", name: "年中质量评审", due: CalendarDay("2026-10-04")!, done: nil, amount: nil),
                         MilestoneLine(id: "M4", name: "年度结算", due: CalendarDay("2027-01-15")!, done: nil, amount: 30_000)])))),
        ("marketing", Navigation(page: .marketing), snapshot(.marketing(MarketingSnapshot(metrics: CockpitMetricKind.allCases.map {
            CockpitMetric(kind: $0, value: $0.target * 0.95, daily: $0 == .responseTime ? [] : (0..<30).map { Double($0) })
        })))),
        ("alerts", Navigation(page: .alerts), snapshot(.alerts(OverviewFixture.snapshot.alerts))),
        ("alert", Navigation(page: .alerts, detail: "13"), snapshot(.alert(readingAlert))),
        ("alert-business", Navigation(page: .alerts, detail: "11"), snapshot(.alert(businessAlert))),
        ("sources", Navigation(page: .sources), snapshot(.sources(OverviewFixture.snapshot.sources))),
    ]
}
