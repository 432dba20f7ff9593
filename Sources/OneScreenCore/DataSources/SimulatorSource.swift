import Foundation

/// Live, plausible data for demos: readings of the sample sites around the current time, with now and then an
/// excursion out of the band (a truck's compartment warming, a freezer failing), new orders, and seal uses, some
/// of them used without approval. Values are a function of (seed, series, time), so two demos with the same seed
/// at the same moment agree.
struct SimulatorSource: DataSource {
    let settings: SimulatorSettings

    /// An excursion lasts one window, long enough to outlast a standard's hold and raise an alert.
    static let excursionWindowSeconds: Int64 = 30 * 60
    /// Share of windows in which a series is out of band: a few of the ~130 series at any time.
    static let excursionPercent: UInt64 = 3
    /// The slow swing of a normal value, so a trend line visibly moves during a demo.
    static let cyclePeriodSeconds = 20.0 * 60
    static let orderChance = 0.5
    static let sealUseChance = 0.15
    static let unapprovedSealShare = 0.25
    /// The checkpoint once the simulator's customers, contracts and standards have been sent.
    static let referencesSent = "references-sent"

    func run(_ context: SourceRunContext) async throws -> String? {
        let now = context.now()
        var builder = JSONLineBuilder()
        if context.checkpoint != Self.referencesSent { references(&builder, now: now) }
        let second = now.millis / 1000
        var random = SampleRandom(seed: settings.seed, stream: UInt64(bitPattern: second))
        let layout = SampleSites.standard.seriesLayout
        // Distinct series in one run: two readings of one series at one second would be a duplicate, not data. One
        // of the series out of band now leads each run, in turn, so a demo's excursions move on screen at once rather
        // than when a random draw happens to pick them; one, so that they do not crowd out the normal readings.
        let window = second / Self.excursionWindowSeconds
        let alarming = layout.indices.filter { isExcursion($0, window: window, of: layout.count) }
        var indices = Array(layout.indices)
        // Never empty: one series is out of band in every window (see `isExcursion`).
        indices.swapAt(0, alarming[Int(second % Int64(alarming.count))])
        for slot in 0..<min(settings.rate, indices.count) {
            if slot > 0 { indices.swapAt(slot, random.int(slot..<indices.count)) }
            let index = indices[slot]
            reading(&builder, index: index, site: layout[index].0, metric: layout[index].1, second: second, random: &random)
        }
        if random.chance(Self.orderChance) { order(&builder, second: second, random: &random) }
        if random.chance(Self.sealUseChance) { sealUse(&builder, second: second, random: &random) }
        let report = await context.ingest(IngestInput(name: context.name, origin: .bytes(builder.bytes), format: .jsonLines))
        if report.summary.unreadable > 0 { throw SourceFailure(report.problems.first?.description ?? "the store refused the simulated records") }
        return Self.referencesSent
    }

    /// Whether series `index` (of `count`) is out of its band during excursion window `window`: a few by chance,
    /// and always one, in turn, so that no half hour of a demo is without an excursion to watch.
    func isExcursion(_ index: Int, window: Int64, of count: Int) -> Bool {
        Int(window % Int64(count)) == index || draw(index, window: window) % 100 < Self.excursionPercent
    }

    /// A series' fixed draw for one window: whether it is out of band, and the phase of its swing when not.
    func draw(_ index: Int, window: Int64) -> UInt64 {
        SampleRandom.mix(settings.seed ^ SampleRandom.mix(UInt64(index) &* 0x9E37_79B9 ^ UInt64(bitPattern: window)))
    }

    func reading(_ b: inout JSONLineBuilder, index: Int, site: SampleSite, metric: SampleMetric, second: Int64, random: inout SampleRandom) {
        let (low, high) = Self.band(metric)
        let window = second / Self.excursionWindowSeconds
        var value: Double
        if isExcursion(index, window: window, of: SampleSites.standard.seriesLayout.count) {
            let step = max(metric.margin, (high - low) * 0.1, 1)
            value = metric == .coldDoor ? 1 : metric.maximum.map { $0 + step * (1 + random.unit()) } ?? ((metric.minimum ?? low) - step * (1 + random.unit()))
        } else {
            let phase = Double(draw(index, window: window) % 1000) / 1000
            let swing = sin(2 * Double.pi * (Double(second) / Self.cyclePeriodSeconds + phase))
            value = low + (high - low) * (0.5 + 0.3 * swing + 0.05 * random.normal())
            value = min(high, max(low, value))
        }
        let scale = pow(10, Double(metric.decimals))
        b.field("type", "reading")
        b.field("metric", metric.id)
        b.field("site", site.name)
        b.field("stage", metric.stage.rawValue)
        b.field("time", second)
        b.field("value", (value * scale).rounded() / scale)
        b.field("unit", metric.unit)
        b.endLine()
    }

    /// Where normal values of a metric live: inside its band less the margin, bounded by physics.
    static func band(_ metric: SampleMetric) -> (Double, Double) {
        let high = metric.maximum.map { $0 - metric.margin } ?? (metric.minimum ?? 0) + 20 * max(metric.margin, 1)
        // Temperatures have no physical floor worth the name (`floor` is the most negative Double): use a band below the top.
        let floor = metric.floor > -1e300 ? metric.floor : high - 10 * max(metric.margin, 0.5)
        let low = metric.minimum.map { $0 + metric.margin } ?? floor
        return (min(low, high), high)
    }

    static let customers: [(id: String, name: String, kind: String, region: String)] = [
        ("SIM-C01", "沪上鲜食餐厅", "restaurant", "华东"), ("SIM-C02", "陆家嘴写字楼店", "office_store", "华东"),
        ("SIM-C03", "嘉定居民区店", "residential_store", "华东"),
    ]
    static let contracts: [(id: String, title: String, counterparty: String, amount: Double)] = [
        ("SIM-HT01", "冷链配送年度框架协议", "沪上鲜食餐厅", 1_200_000), ("SIM-HT02", "门店供货合同", "陆家嘴写字楼店", 480_000),
    ]
    static let categories = ["冷冻禽肉", "调理品", "熟食", "包装食品"]
    static let channels = ["直营", "经销", "电商"]
    static let people = ["王敏", "李强", "张伟", "刘洋"]

    /// What the simulated orders, seal uses and readings refer to, sent once (repeats are duplicates anyway).
    func references(_ b: inout JSONLineBuilder, now: Instant) {
        for metric in SampleMetric.allCases {
            b.field("type", "standard")
            b.field("id", metric.standardID)
            b.field("name", metric.standardName)
            b.field("metric", metric.id)
            b.field("stage", metric.stage.rawValue)
            if let minimum = metric.minimum { b.field("min", minimum) }
            if let maximum = metric.maximum { b.field("max", maximum) }
            b.field("unit", metric.unit)
            b.field("level", Int64(metric.level))
            b.field("hold", metric.hold)
            b.endLine()
        }
        let today = now.day(utcOffset: 0).description
        for customer in Self.customers {
            b.field("type", "customer")
            b.field("id", customer.id)
            b.field("name", customer.name)
            b.field("kind", customer.kind)
            b.field("region", customer.region)
            b.field("channel", "直营")
            b.field("since", today)
            b.endLine()
        }
        for contract in Self.contracts {
            b.field("type", "contract")
            b.field("id", contract.id)
            b.field("title", contract.title)
            b.field("counterparty", contract.counterparty)
            b.field("amount", contract.amount)
            b.field("status", "performing")
            b.field("owner", Self.people[0])
            b.endLine()
        }
    }

    func order(_ b: inout JSONLineBuilder, second: Int64, random: inout SampleRandom) {
        b.field("type", "order")
        b.field("id", "SIM-O\(second)")
        b.field("customer", random.pick(Self.customers).id)
        b.field("time", second)
        b.field("amount", (random.double(200, 20_000) * 100).rounded() / 100)
        b.field("category", random.pick(Self.categories))
        b.field("channel", random.pick(Self.channels))
        b.endLine()
    }

    func sealUse(_ b: inout JSONLineBuilder, second: Int64, random: inout SampleRandom) {
        let unapproved = random.chance(Self.unapprovedSealShare)
        b.field("type", "seal_use")
        b.field("id", "SIM-S\(second)")
        b.field("contract", random.pick(Self.contracts).id)
        b.field("seal", random.pick(["company", "contract", "finance"]))
        b.field("requested_by", random.pick(Self.people))
        if !unapproved { b.field("approved_by", Self.people[0]) }
        b.field("time", second)
        b.field("status", unapproved ? "used" : random.pick(["requested", "approved", "used"]))
        b.endLine()
    }
}
