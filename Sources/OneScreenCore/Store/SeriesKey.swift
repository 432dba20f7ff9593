/// A series' natural key in the writer's cache, hashed and compared on UTF-8 bytes like SQLite's UNIQUE
/// (metric, site): Swift's `String` hashing and `==` honour canonical equivalence, which normalizes non-ASCII
/// text (every Chinese site name) on every lookup and would merge names that the store keeps apart.
struct SeriesKey: Hashable {
    var metric: String
    var site: String

    func hash(into hasher: inout Hasher) {
        metric.hashUTF8(into: &hasher)
        site.hashUTF8(into: &hasher)
    }

    static func == (a: SeriesKey, b: SeriesKey) -> Bool {
        a.metric.hasSameUTF8(as: b.metric) && a.site.hasSameUTF8(as: b.site)
    }
}
