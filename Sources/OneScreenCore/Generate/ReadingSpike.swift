import Foundation

/// A single out-of-band reading in the generated data, with in-band readings a few minutes before and after:
/// shorter than its standard's hold, so it must not raise an alert.
public struct ReadingSpike: Sendable, Hashable {
    public let id: String
    public let metric: String
    public let site: String
    public let stage: Stage
    public let standard: String
    public let time: Date
    public let value: Double
    public let note: String

    init(_ planned: PlannedSpike, engine: ReadingEngine) {
        id = planned.id
        metric = planned.metric.id
        site = engine.series[planned.series].site.name
        stage = planned.metric.stage
        standard = planned.metric.standardID
        time = Date(timeIntervalSince1970: TimeInterval(planned.time))
        value = planned.metric.written(planned.value)
        note = planned.note
    }
}
