import Foundation

/// Deterministic sample data for the food group's monitoring center, in the record format of RECORDS.md.
///
/// The same seed, scale and end give byte-identical files: every draw comes from the generator's own SplitMix64
/// streams, reading values are pure functions of (series, time), and nothing iterates a dictionary or set.
///
/// ```swift
/// let generator = SampleGenerator(seed: 1)
/// let summary = try generator.write(to: URL(fileURLWithPath: "sample-data"))
/// for excursion in generator.excursions { print(excursion.id, excursion.site, excursion.metric) }
/// ```
///
/// `scale` multiplies the regular readings (denser sampling of every series); the other record types keep their
/// counts. Scale 1 gives about 57,000 readings, scale 18 about a million, scale 180 about ten million;
/// `scale(forReadings:)` finds the scale for a target count.
public struct SampleGenerator: Sendable {
    /// 2026-11-20T08:00:00+08:00: the instant the shipped sample data ends ("now" in the demo).
    public static let defaultEnd = Date(timeIntervalSince1970: 1_795_132_800)

    public let seed: UInt64
    public let scale: Double
    /// The latest instant in the data; no record has a time after it.
    public let end: Date
    /// The planned quality excursions, in the order of their ids (EX-01 …).
    public let excursions: [Excursion]
    /// Single out-of-band readings that must not raise an alert (shorter than their standard's hold).
    public let spikes: [ReadingSpike]

    let endEpoch: Int64
    let sites: SampleSites
    let lots: LotPlan
    let engine: ReadingEngine

    /// - Parameters:
    ///   - seed: Selects every random draw; seed 1 gives the shipped `sample-data/`.
    ///   - scale: Multiplies the number of readings (must be positive); other records keep their counts.
    ///   - end: The last instant of the data, whole seconds; readings cover the 30 days before it.
    public init(seed: UInt64, scale: Double = 1, end: Date = SampleGenerator.defaultEnd) {
        precondition(scale > 0 && scale.isFinite, "scale must be a positive number")
        self.seed = seed
        self.scale = scale
        endEpoch = Int64(end.timeIntervalSince1970.rounded(.down))
        self.end = Date(timeIntervalSince1970: TimeInterval(endEpoch))
        sites = SampleSites.standard
        var lots = LotPlan(seed: seed, end: endEpoch, sites: sites)
        let layout = sites.seriesLayout
        let plan = ExcursionPlan(seed: seed, end: endEpoch, sites: sites, lots: &lots) { metric, site in
            layout.firstIndex { $0.0.name == site.name && $0.1 == metric } ?? 0
        }
        self.lots = lots
        let engine = ReadingEngine(seed: seed, scale: scale, end: endEpoch, sites: sites, lots: lots, plan: plan)
        self.engine = engine

        excursions = plan.excursions.map { planned in
            let series = engine.series[planned.series]
            let metric = planned.metric
            var peak = planned.direction > 0 ? -Double.infinity : Double.infinity
            let last = planned.end.map { $0 - 1 } ?? engine.end
            engine.forEachTime(series: planned.series, from: planned.start, to: last) { time in
                let written = SampleGenerator.written(engine.value(planned.series, time), metric)
                peak = planned.direction > 0 ? max(peak, written) : min(peak, written)
            }
            return Excursion(
                id: planned.id, metric: metric.id, site: series.site.name, stage: metric.stage.rawValue,
                standard: metric.standardID, start: Date(timeIntervalSince1970: TimeInterval(planned.start)),
                end: planned.end.map { Date(timeIntervalSince1970: TimeInterval($0)) }, peak: peak,
                bound: planned.bound, direction: planned.direction > 0 ? .above : .below, hold: Int(metric.hold),
                lot: planned.lot.map { lots.lots[$0].id }, note: planned.note)
        }
        spikes = plan.spikes.map { planned in
            ReadingSpike(
                id: planned.id, metric: planned.metric.id, site: engine.series[planned.series].site.name,
                stage: planned.metric.stage.rawValue, standard: planned.metric.standardID,
                time: Date(timeIntervalSince1970: TimeInterval(planned.time)),
                value: SampleGenerator.written(planned.value, planned.metric), note: planned.note)
        }
    }

    /// A value as the files hold it: rounded to the metric's decimals.
    static func written(_ value: Double, _ metric: SampleMetric) -> Double {
        Double(RecordBuffer.scale(value, decimals: metric.decimals)) / Double(RecordBuffer.powersOfTen[metric.decimals])
    }
}
