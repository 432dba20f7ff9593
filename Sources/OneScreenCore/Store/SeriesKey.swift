/// A series' natural key in the writer's cache, hashed and compared on UTF-8 bytes like SQLite's UNIQUE
/// (metric, site): Swift's `String` hashing and `==` honour canonical equivalence, which normalizes non-ASCII
/// text (every Chinese site name) on every lookup and would merge names that the store keeps apart.
///
/// The bytes are hashed once, when the key is made, and the table's probes compare that hash before any byte: with
/// 100,000 series each probe of a colliding bucket otherwise read the other key's site from elsewhere in memory.
struct SeriesKey: Hashable {
    var metric: String
    var site: String
    private let fingerprint: Int

    init(metric: String, site: String) {
        self.metric = metric
        self.site = site
        var hasher = Hasher()
        metric.hashUTF8(into: &hasher)
        site.hashUTF8(into: &hasher)
        fingerprint = hasher.finalize()
    }

    func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    static func == (a: SeriesKey, b: SeriesKey) -> Bool {
        a.fingerprint == b.fingerprint && a.metric.hasSameUTF8(as: b.metric) && a.site.hasSameUTF8(as: b.site)
    }
}
