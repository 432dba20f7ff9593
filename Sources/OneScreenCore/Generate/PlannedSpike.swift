/// A single out-of-band reading with in-band neighbours a few minutes either side: it must not break a standard.
struct PlannedSpike: Sendable {
    let id: String
    let series: Int
    let metric: SampleMetric
    let time: Int64
    let value: Double
    let note: String
}
