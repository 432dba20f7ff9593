import Foundation

/// Deterministic sample data for the food group's monitoring center, in the record format of RECORDS.md.
///
/// The same seed, scale and end give byte-identical files: every draw comes from the generator's own SplitMix64
/// streams (one per part, so that changing customers does not move a single reading), reading values are pure
/// functions of (series, time), and nothing iterates a dictionary or set.
///
/// ```swift
/// let generator = SampleGenerator(seed: 1)
/// let files = try generator.write(to: URL(fileURLWithPath: "sample-data"))
/// for excursion in generator.excursions { print(excursion.id, excursion.site, excursion.metric) }
/// ```
///
/// `scale` multiplies the regular readings (denser sampling of every series); the other record types keep their
/// counts. Scale 1 gives about 58,000 readings, scale 18 about 960,000.
public struct SampleGenerator: Sendable {
    /// 2026-11-20T08:00:00+08:00: the instant the shipped sample data ends ("now" in the demo).
    public static let defaultEnd = Date(timeIntervalSince1970: 1_795_132_800)

    public let seed: UInt64
    public let scale: Double
    /// Scale 1,000 writes about 58 million readings, some 10 GB: more than any benchmark here needs, and a typo
    /// (`1e300`) beyond it would fill the disk.
    public static let maxScale = 1_000.0
    /// The latest instant in the data; no record has a time after it. Only dates that are plans by nature —
    /// moments, milestones' due dates, contracts' ends — lie later.
    public let end: Date
    /// The planned quality excursions, in the order of their ids (EX-01 …).
    public let excursions: [Excursion]
    /// Single out-of-band readings that must not raise an alert (shorter than their standard's hold).
    public let spikes: [ReadingSpike]

    let lots: LotPlan
    let engine: ReadingEngine
    /// Every file but `readings.csv`, in the order they are written.
    let tables: [SampleTable]

    /// - Parameters:
    ///   - seed: Selects every random draw; seed 1 gives the shipped `sample-data/`.
    ///   - scale: Multiplies the number of readings (must be positive); other records keep their counts.
    ///   - end: The last instant of the data, whole seconds; readings cover the 30 days before it.
    public init(seed: UInt64, scale: Double = 1, end: Date = SampleGenerator.defaultEnd) {
        precondition(scale > 0 && scale.isFinite, "scale must be a positive number")
        self.seed = seed
        self.scale = scale
        let endEpoch = Int64(end.timeIntervalSince1970.rounded(.down))
        self.end = Date(timeIntervalSince1970: TimeInterval(endEpoch))
        let sites = SampleSites.standard
        var lots = LotPlan(seed: seed, end: endEpoch, sites: sites)
        let layout = sites.seriesLayout
        let plan = ExcursionPlan(seed: seed, end: endEpoch, sites: sites, lots: &lots) { metric, site in
            guard let index = layout.firstIndex(where: { $0.site.name == site.name && $0.metric == metric }) else {
                preconditionFailure("no series \(metric.id) at \(site.name)")
            }
            return index
        }
        self.lots = lots
        let engine = ReadingEngine(seed: seed, scale: scale, end: endEpoch, sites: sites, lots: lots, plan: plan)
        self.engine = engine
        excursions = plan.excursions.map { Excursion($0, engine: engine, lots: lots) }
        spikes = plan.spikes.map { ReadingSpike($0, engine: engine) }

        let customers = CustomerPlan(seed: seed, end: endEpoch)
        let moments = MomentPlan(seed: seed, end: endEpoch, customers: customers.customers)
        let contracts = ContractPlan(seed: seed, end: endEpoch, customers: customers.customers)
        let marketing = MarketingPlan(seed: seed, end: endEpoch)
        tables = [
            SampleTable(file: "standards.jsonl", type: .standard, records: SampleMetric.allCases.map { .standard($0.standard) }),
            SampleTable(file: "customers.jsonl", type: .customer, records: customers.customers.map { .customer($0.record) }),
            SampleTable(file: "tags.jsonl", type: .tag, records: customers.tags.map(Record.tag)),
            SampleTable(file: "orders.csv", type: .order, records: customers.orders.orders.map(Record.order)),
            SampleTable(file: "moments.jsonl", type: .moment, records: moments.moments.map(Record.moment)),
            SampleTable(file: "contracts.jsonl", type: .contract, records: contracts.contracts.map(Record.contract)),
            SampleTable(file: "seal_uses.jsonl", type: .sealUse, records: contracts.sealUses.map(Record.sealUse)),
            SampleTable(file: "milestones.jsonl", type: .milestone, records: contracts.milestones.map(Record.milestone)),
            SampleTable(file: "lot_events.jsonl", type: .lotEvent, records: lots.lotEvents.map(Record.lotEvent)),
            SampleTable(file: "marketing.csv", type: .marketing, records: marketing.figures.map(Record.marketing)),
        ]
    }

    /// Writes every record type into `directory` (created if needed), replacing files of the same names, and
    /// tells what it wrote, in the order written.
    public func write(to directory: URL) throws -> [GeneratedFile] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var files = try tables.map { table in
            try RecordFileWriter.write(table.file, in: directory) { try table.write(&$0) }
        }
        files.append(try RecordFileWriter.write("readings.csv", in: directory) { try writeReadings(&$0) })
        return files
    }
}
