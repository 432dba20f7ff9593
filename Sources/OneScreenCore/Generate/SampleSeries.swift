/// One sensor series: a metric at a site, with the times it reports at.
///
/// Its regular readings are `gridCount` instants spread evenly over the window (shifted by `phase` seconds, as real
/// gateways do not report on the second); `extras` are the instants an on-change gateway adds: door and light
/// changes, and five-minute reports around planned excursions and spikes.
struct SampleSeries: Sendable {
    let metric: SampleMetric
    let site: SampleSite
    /// Salt of this series' stateless noise.
    let salt: UInt64
    let phase: Int64
    let gridCount: Int
    /// Sorted, unique, inside the window.
    var extras: [Int64] = []
    /// Indexes into the generator's planned excursions and spikes that concern this series.
    var excursions: [Int] = []
    var spikes: [Int] = []
}
