import GRDB

/// The collector's own faults, raised by built-in rules that every config has unless it disables or replaces them
/// by name (`AlertRule.system`): people must hear that the numbers stopped coming, not notice it on the wall.
/// Judged on what the store holds now: the sources' health rows, the collector lease, the newest reading.
public enum SystemCondition: Sendable, Hashable {
    /// A source (of matching names) whose last `runs` runs failed, each subject a source; the alert carries its
    /// last error (a plug-in's stderr).
    case sourceFailing(source: Glob, runs: Int)
    /// The collector lease expired unreleased `after` ago and nobody took it over: the collecting process died.
    case noCollector(after: Duration)
    /// The newest reading in the store is older than `after` while sources are configured: the screen shows the past.
    case staleData(after: Duration)
    /// A stream (of matching names) whose ingest falls behind it.
    case ingestLag(source: Glob)

    var defaultMessageKind: DefaultMessage.Kind {
        switch self {
        case .sourceFailing: .sourceFailing
        case .noCollector: .noCollector
        case .staleData: .staleData
        case .ingestLag: .ingestLag
        }
    }

    var defaultMessage: MessageTemplate {
        switch self {
        case .sourceFailing: MessageTemplate("{title}: {subject} failed its last {runs} runs: {error}")
        case .noCollector: MessageTemplate("{title}: nobody collects since {since} (the lease of {holder} expired)")
        case .staleData: MessageTemplate("{title}: the newest reading is from {last}, older than {after}")
        case .ingestLag: MessageTemplate("{title}: ingest falls behind {subject}: {lag}")
        }
    }

    /// The problems present at `now`.
    func findings(_ db: Database, now: Instant, utcOffset: Int) throws -> [Finding] {
        switch self {
        case .sourceFailing(let source, let runs):
            return try Store.sourceRunHealth(db).compactMap { health in
                guard source.matches(health.name), health.failedRuns >= runs else { return nil }
                return Finding(subject: health.name, since: health.lastRun.map(Instant.init(millis:)) ?? now,
                               values: ["runs": "\(health.failedRuns)", "error": health.lastFailure ?? "no error given"])
            }
        case .noCollector(let after):
            guard try !Store.sourceRunHealth(db).isEmpty,
                  let lease = try Store.abandonedLease(db, now: now), now.millis - lease.expired > after.milliseconds else { return [] }
            return [Finding(subject: "collector", since: Instant(millis: lease.expired), values: ["holder": lease.holder])]
        case .staleData(let after):
            guard try !Store.sourceRunHealth(db).isEmpty, let newest = try Store.freshness(db, now: now).newestReading,
                  now.millis - newest.millis > after.milliseconds else { return [] }
            return [Finding(subject: "readings", since: newest + after,
                            values: ["last": newest.rfc3339(utcOffset: utcOffset), "after": after.configText])]
        case .ingestLag(let source):
            return try Store.sourceRunHealth(db).compactMap { health in
                guard source.matches(health.name), let lag = health.lag else { return nil }
                return Finding(subject: health.name, since: now, values: ["lag": lag])
            }
        }
    }
}
