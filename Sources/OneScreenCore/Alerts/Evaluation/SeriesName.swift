/// A series' metric and site as a dictionary key, hashed and compared on UTF-8 bytes as the store's UNIQUE
/// (metric, site) compares them: `String` hashing normalizes non-ASCII text (every Chinese site name) on each
/// hash, which for a batch's 20,000 readings cost more than judging the few series that need it.
struct SeriesName: Hashable, Sendable {
    var metric: String
    var site: String

    func hash(into hasher: inout Hasher) {
        metric.hashUTF8(into: &hasher)
        site.hashUTF8(into: &hasher)
    }

    static func == (a: SeriesName, b: SeriesName) -> Bool {
        a.metric.hasSameUTF8(as: b.metric) && a.site.hasSameUTF8(as: b.site)
    }
}
