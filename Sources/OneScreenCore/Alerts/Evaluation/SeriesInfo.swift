/// A series as rules see it: which metric at which site, and how to name it in an alert.
struct SeriesInfo: Sendable, Hashable {
    var id: Int64
    var metric: String
    var site: String
    var stage: Stage?
    var unit: String

    /// The subject of an alert about this series alone.
    var subject: String { site + "/" + metric }
}
