import Foundation

/// Live, plausible data for demos: readings of the sample sites around the current time, with now and then an
/// excursion out of the band (a truck's compartment warming, a freezer failing), new orders, and seal uses, a rare
/// one used without approval. Values are a function of (seed, series, time), so two demos with the same seed at the
/// same moment agree. Orders and seal uses come at the pace of a real business, each at a time planned for its slot
/// whatever the source's interval (the run emits those planned since the last run), with ids like the sample data's.
struct SimulatorSource: DataSource {
    let settings: SimulatorSettings

    /// An excursion lasts one window, long enough to outlast a standard's hold and raise an alert.
    static let excursionWindowSeconds: Int64 = 30 * 60
    /// Share of windows in which a series is out of band: a few of the ~130 series at any time.
    static let excursionPercent: UInt64 = 3
    /// The slow swing of a normal value, so a trend line visibly moves during a demo.
    static let cyclePeriodSeconds = 20.0 * 60
    /// One order in each slot this long: a few hundred a day, so the customer pages move without a flood.
    static let orderSlotSeconds: Int64 = 2 * 60
    /// One seal use in each slot this long: a few dozen a day, as a legal department stamps them.
    static let sealSlotSeconds: Int64 = 20 * 60
    /// One seal use in this many is used without approval: about three a day, each an L4 alert. A demo that raised
    /// one an hour would drown the real compliance risks and keep a wall screen's banner flashing.
    static let unapprovedSealSlots: UInt64 = 24
    /// How far back a run looks for planned orders and seal uses it has not yet sent: a collector stopped for longer
    /// does not flood the store when it comes back.
    static let catchUpSeconds: Int64 = 3600
    /// The checkpoint once the simulator's customers, contracts and standards have been sent; the second of the last
    /// run follows it, so the next run knows which planned events are still to come.
    static let referencesSent = "references-sent"

    func run(_ context: SourceRunContext) async throws -> String? {
        let now = context.now()
        var builder = JSONLineBuilder()
        let last = Self.lastRun(context.checkpoint)
        if last == nil { references(&builder, now: now) }
        let second = now.millis / 1000
        // The planned events after the last run, up to this one: the first run sends only what is due now.
        let since = max(last ?? second - 1, second - Self.catchUpSeconds)
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
        for at in planned(every: Self.orderSlotSeconds, after: since, through: second, stream: 0x0D) { order(&builder, second: at) }
        for at in planned(every: Self.sealSlotSeconds, after: since, through: second, stream: 0x5E) { sealUse(&builder, second: at) }
        let report = await context.ingest(IngestInput(name: context.name, origin: .bytes(builder.bytes), format: .jsonLines))
        if report.summary.unreadable > 0 { throw SourceFailure(report.problems.first?.description ?? "the store refused the simulated records") }
        return "\(Self.referencesSent) \(second)"
    }

    /// The second of the last run, from the checkpoint; nil before the references were sent.
    static func lastRun(_ checkpoint: String?) -> Int64? {
        guard let checkpoint, checkpoint.hasPrefix(referencesSent) else { return nil }
        return Int64(checkpoint.dropFirst(referencesSent.count).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    /// The planned times in (`after`, `through`]: one per slot of `every` seconds, at a second of the slot drawn
    /// from the seed, so every demo with the seed has the same business at the same time.
    func planned(every slot: Int64, after: Int64, through: Int64, stream: UInt64) -> [Int64] {
        guard through > after else { return [] }
        return (after / slot...through / slot).compactMap { index in
            let at = index * slot + Int64(slotDraw(index, stream: stream) % UInt64(slot))
            return at > after && at <= through ? at : nil
        }
    }

    /// A fixed draw for slot `index` of an event stream.
    func slotDraw(_ index: Int64, stream: UInt64) -> UInt64 {
        SampleRandom.mix(settings.seed ^ SampleRandom.mix(stream &* 0x9E37_79B9 ^ UInt64(bitPattern: index)))
    }

    /// Whether series `index` (of `count`) is out of its band during excursion window `window`: a few by chance,
    /// and always one, in turn, so that no half hour of a demo is without an excursion to watch.
    /// Compliance risks (L4: a short-weight package) come only in turn, not by chance, so they stay rare.
    func isExcursion(_ index: Int, window: Int64, of count: Int) -> Bool {
        if Int(window % Int64(count)) == index { return true }
        let layout = SampleSites.standard.seriesLayout
        return layout[index].1.level < AlertLevel.complianceRisk.rawValue && draw(index, window: window) % 100 < Self.excursionPercent
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

    /// Ids in the sample data's forms, numbered past what it uses (C10001…, C-2026-0001…), so they read as real and
    /// never update a sample record.
    static let customers: [(id: String, name: String, kind: String, region: String)] = [
        ("C10901", "沪上鲜食餐厅", "restaurant", "华东"), ("C10902", "陆家嘴写字楼店", "office_store", "华东"),
        ("C10903", "嘉定居民区店", "residential_store", "华东"),
    ]
    static let contracts: [(id: String, title: String, counterparty: String, amount: Double)] = [
        ("C-2026-0901", "冷链配送年度框架协议", "沪上鲜食餐厅", 1_200_000), ("C-2026-0902", "门店供货合同", "陆家嘴写字楼店", 480_000),
    ]
    static let categories = ["冷冻禽肉", "调理品", "熟食", "包装食品"]
    /// The calendar ids are dated in: the sample business's China time.
    static let idOffset = 8 * 3600
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

    /// `SO20261123-0412`: the sample's form, numbered by the slot of the day from 9000 up.
    func order(_ b: inout JSONLineBuilder, second: Int64) {
        var random = SampleRandom(seed: settings.seed, stream: UInt64(bitPattern: second) ^ 0x0D)
        let day = Instant(millis: second * 1000).day(utcOffset: Self.idOffset)
        let slotOfDay = (second + Int64(Self.idOffset)) % 86_400 / Self.orderSlotSeconds
        b.field("type", "order")
        b.field("id", "SO" + day.description.filter(\.isNumber) + "-\(9000 + slotOfDay)")
        b.field("customer", random.pick(Self.customers).id)
        b.field("time", second)
        b.field("amount", (random.double(200, 20_000) * 100).rounded() / 100)
        b.field("category", random.pick(Self.categories))
        b.field("channel", random.pick(Self.channels))
        b.endLine()
    }

    /// `S-2026-10345`: the sample's form with five digits (the slot of the year), which its four never reach.
    func sealUse(_ b: inout JSONLineBuilder, second: Int64) {
        let slot = second / Self.sealSlotSeconds
        var random = SampleRandom(seed: settings.seed, stream: UInt64(bitPattern: slot) ^ 0x5E)
        let unapproved = slotDraw(slot, stream: 0xA9) % Self.unapprovedSealSlots == 0
        let day = Instant(millis: second * 1000).day(utcOffset: Self.idOffset)
        let year = day.components.year
        let slotOfYear = (day.daysSinceEpoch - CalendarDay(year: year, month: 1, day: 1)!.daysSinceEpoch) * 72
            + Int32((second + Int64(Self.idOffset)) % 86_400 / Self.sealSlotSeconds)
        b.field("type", "seal_use")
        b.field("id", "S-\(year)-\(10000 + slotOfYear)")
        b.field("contract", random.pick(Self.contracts).id)
        b.field("seal", random.pick(["company", "contract", "finance"]))
        b.field("requested_by", random.pick(Self.people))
        if !unapproved { b.field("approved_by", Self.people[0]) }
        b.field("time", second)
        b.field("status", unapproved ? "used" : random.pick(["requested", "approved", "used"]))
        b.endLine()
    }
}
