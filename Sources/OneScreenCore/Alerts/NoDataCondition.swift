import GRDB

/// A sensor or a source silent for longer than `after` (L1 by default: a system fault). Judged against the
/// evaluation's clock, not event time: silence is about now.
public struct NoDataCondition: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        /// Series of matching metrics at matching sites, each its own subject; judged on its newest reading.
        case series(metric: Glob, site: Glob)
        /// Collector sources of matching names, judged on their last successful run.
        case source(Glob)
    }

    public var target: Target
    public var after: Duration

    public init(target: Target, after: Duration) {
        self.target = target
        self.after = after
    }
}

extension NoDataCondition {
    /// Whether a series is one of this condition's subjects.
    func covers(_ series: SeriesInfo) -> Bool {
        guard case .series(let metric, let site) = target else { return false }
        return metric.matches(series.metric) && site.matches(series.site)
    }

    /// The silent subjects at `now` among `series` (for series targets) or among the collector's sources.
    /// - Parameter knownLatest: readings just stored, by series: a series with one recent enough is not silent,
    ///   and is not looked up.
    /// - Parameter stored: every series' newest stored reading, when the caller read them all at once (the timer
    ///   judges every series, and one statement for all costs far less than one query per series).
    func findings(_ db: Database, series: [SeriesInfo], now: Instant, utcOffset: Int, knownLatest: (Int64) -> Int64? = { _ in nil },
                  stored: [Int64: Int64]? = nil) throws -> [Finding] {
        var latest: [(subject: String, time: Int64)] = []
        switch target {
        case .series:
            for s in series where covers(s) {
                if let known = knownLatest(s.id), now.millis - known <= after.milliseconds { continue }
                if let time = try stored.map({ $0[s.id] }) ?? Store.latestTime(db, series: s.id) { latest.append((s.subject, time)) }
            }
        case .source(let name):
            for source in try Store.sourceSuccesses(db) where name.matches(source.name) {
                if let time = source.lastSuccess { latest.append((source.name, time)) }
            }
        }
        return latest.compactMap { entry in
            guard now.millis - entry.time > after.milliseconds else { return nil }
            return Finding(
                subject: entry.subject, since: Instant(millis: entry.time) + after,
                values: ["after": after.configText, "last": Instant(millis: entry.time).rfc3339(utcOffset: utcOffset)])
        }
    }
}
