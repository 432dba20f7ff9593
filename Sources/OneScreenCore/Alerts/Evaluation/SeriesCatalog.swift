/// Every series in the store, looked up by id or by metric and site: read once per evaluation (a few hundred
/// rows) so that matching rules to touched series costs no queries.
struct SeriesCatalog: Sendable {
    private let byID: [Int64: SeriesInfo]
    private let byKey: [String: [String: SeriesInfo]]

    init(_ series: [SeriesInfo]) {
        var byID: [Int64: SeriesInfo] = [:]
        var byKey: [String: [String: SeriesInfo]] = [:]
        for s in series {
            byID[s.id] = s
            byKey[s.site, default: [:]][s.metric] = s
        }
        self.byID = byID
        self.byKey = byKey
    }

    var all: [SeriesInfo] { byID.values.sorted { $0.id < $1.id } }

    subscript(id: Int64) -> SeriesInfo? { byID[id] }

    func series(metric: String, site: String) -> SeriesInfo? { byKey[site]?[metric] }
}
