import GRDB

/// Every series in the store, looked up by id or by metric and site, so that matching rules to touched series
/// costs no queries. The engine keeps one across evaluations and adds the series stored since (see `refreshed`):
/// reading 100,000 series again for every batch would cost more than judging the batch.
struct SeriesCatalog: Sendable {
    private var byID: [Int64: SeriesInfo] = [:]
    private var byName: [SeriesName: Int64] = [:]
    /// By the subject of an alert about the series alone, for telling which series a rule's stored alerts are about.
    private var bySubject: [ExactText: Int64] = [:]
    /// The highest id held, and the store's series revision when they were read.
    private var lastID: Int64 = 0
    private var revision = -1

    init() {}

    /// This catalog brought up to date with the store: only series added since are read, unless one was changed
    /// in place, which reads them all again.
    func refreshed(_ db: Database) throws -> SeriesCatalog {
        let current = try Store.seriesRevision(db)
        var catalog = current == revision ? self : SeriesCatalog()
        catalog.revision = current
        catalog.add(try Store.series(after: catalog.lastID, db))
        return catalog
    }

    private mutating func add(_ series: [SeriesInfo]) {
        for s in series {
            byID[s.id] = s
            byName[SeriesName(metric: s.metric, site: s.site)] = s.id
            bySubject[ExactText(s.subject)] = s.id
            lastID = max(lastID, s.id)
        }
    }

    var all: [SeriesInfo] { byID.values.sorted { $0.id < $1.id } }

    subscript(id: Int64) -> SeriesInfo? { byID[id] }

    /// The id of the series of `name`: what the engine asks for each series of a batch.
    func id(of name: SeriesName) -> Int64? { byName[name] }

    /// The id of the series an alert's subject names when the alert is about that series alone.
    func id(subject: ExactText) -> Int64? { bySubject[subject] }

    func series(metric: String, site: String) -> SeriesInfo? {
        byName[SeriesName(metric: metric, site: site)].flatMap { byID[$0] }
    }
}
