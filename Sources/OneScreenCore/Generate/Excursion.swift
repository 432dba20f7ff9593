import Foundation

/// A planned quality excursion in the generated readings: the series leaves its standard's band at `start` and is
/// back inside at `end` (nil while still out of band at the generator's end), longer than the standard's hold.
///
/// `start` is the time of the first out-of-band reading and `end` that of the first reading back inside, so an
/// alert engine judging event time should fire once for each excursion and resolve it from `end` on.
public struct Excursion: Sendable, Hashable {
    public enum Direction: String, Sendable, Hashable {
        /// Above the standard's `max`.
        case above
        /// Below the standard's `min`.
        case below
    }

    public let id: String
    public let metric: String
    public let site: String
    public let stage: Stage
    /// Id of the `standard` record it breaks.
    public let standard: String
    public let start: Date
    public let end: Date?
    /// The most extreme value written during the excursion.
    public let peak: Double
    /// The standard's bound that is crossed.
    public let bound: Double
    public let direction: Direction
    /// The standard's hold in seconds; the excursion lasts longer.
    public let hold: Int
    /// The lot a truck was carrying, for transport excursions.
    public let lot: String?
    /// What happened, in Chinese.
    public let note: String

    public var isOngoing: Bool { end == nil }

    /// The planned excursion as the written readings show it, with the most extreme value among them.
    init(_ planned: PlannedExcursion, engine: ReadingEngine, lots: LotPlan) {
        let metric = planned.metric
        var peak = planned.direction > 0 ? -Double.infinity : Double.infinity
        engine.forEachTime(series: planned.series, from: planned.start, to: planned.end.map { $0 - 1 } ?? engine.end) {
            let written = metric.written(engine.value(planned.series, $0))
            peak = planned.direction > 0 ? max(peak, written) : min(peak, written)
        }
        id = planned.id
        self.metric = metric.id
        site = engine.series[planned.series].site.name
        stage = metric.stage
        standard = metric.standardID
        start = Date(timeIntervalSince1970: TimeInterval(planned.start))
        end = planned.end.map { Date(timeIntervalSince1970: TimeInterval($0)) }
        self.peak = peak
        bound = planned.bound
        direction = planned.direction > 0 ? .above : .below
        hold = Int(metric.hold)
        lot = planned.lot.map { lots.lots[$0].id }
        note = planned.note
    }
}
