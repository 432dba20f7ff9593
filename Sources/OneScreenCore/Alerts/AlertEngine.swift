import GRDB
import Synchronization

/// Evaluates the alert rules against the store and keeps the alert table's lifecycle: after every committed
/// ingest batch (whoever ingests) and on a timer for silence and date rules. Each evaluation is one write
/// transaction, so concurrent evaluators in other processes take turns and never see half an update; hooks
/// run afterwards, detached, for the events that are not silenced.
///
/// ```swift
/// let engine = AlertEngine(store: store, rules: config.alertRules, hooks: config.alertHooks, utcOffset: offset)
/// ingestor.onBatch { records in try engine.evaluate(after: records, now: clock()) }
/// // on the dashboard's timer:
/// try engine.evaluate(now: clock())
/// ```
public final class AlertEngine: Sendable {
    public let store: Store
    /// Configured and built-in rules; the quality standards in the store are added at each evaluation.
    public let rules: [AlertRule]
    public let hooks: HookRunner
    /// Seconds east of UTC of the store's calendar (due dates, message times).
    public let utcOffset: Int
    /// The store's series as of the last evaluation; each evaluation reads only those added since.
    private let catalog = Mutex(SeriesCatalog())

    public init(
        store: Store, rules: [AlertRule] = AlertRule.builtIn, hooks: [AlertHook] = [], utcOffset: Int,
        reporter: (any AlertReporting)? = nil, report: @escaping @Sendable (HookOutcome) -> Void = { _ in }
    ) {
        self.store = store
        self.rules = rules
        self.hooks = HookRunner(hooks: hooks, utcOffset: utcOffset, reporter: reporter, report: report)
        self.utcOffset = utcOffset
    }

    /// Evaluates what a committed batch changed: reading rules over the series it touched, in event time and a
    /// bounded window around its readings (so the cost follows the batch, not the store), silence rules for those
    /// series, and the business rules whose tables it wrote.
    /// - Parameters:
    ///   - records: the records the batch stored (`Ingestor.onBatch` hands exactly these).
    ///   - now: the clock, for silence rules and for telling fresh news from back-filled history.
    /// - Returns: the alerts that fired or resolved; their hooks are already started.
    @discardableResult
    public func evaluate(after records: [Record], now: Instant) throws -> [AlertEvent] {
        let scope = BatchScope(records)
        guard !scope.types.isEmpty else { return [] }
        return try run(now: now) { db in
            let catalog = try self.currentCatalog(db)
            var touched: [Int64: ClosedRange<Int64>] = [:]
            var values: [Int64: ClosedRange<Double>] = [:]
            for (name, readings) in scope.readings {
                guard let id = catalog.id(of: name) else { continue }
                touched[id] = readings.times.joined(touched[id])
                values[id] = readings.values
            }
            // A new standard judges the recent past of every series of its metric.
            for series in scope.standardMetrics.isEmpty ? [] : catalog.all where scope.standardMetrics.contains(series.metric) {
                values[series.id] = nil
                if let latest = try Store.latestTime(db, series: series.id) {
                    touched[series.id] = (latest - AlertLimits.lookback.milliseconds...latest).joined(touched[series.id])
                }
            }
            let touchedSeries = touched.keys.sorted().compactMap { catalog[$0] }
            let touchedByMetric = Dictionary(grouping: touchedSeries, by: \.metric)
            var events: [AlertEvent] = []
            for rule in try readingRules(db) {
                guard let condition = rule.condition.timeline else { continue }
                var subjects: [TimelineSubject: ClosedRange<Int64>] = [:]
                func walk(_ series: SeriesInfo) {
                    for subject in condition.subjects(touching: series, in: catalog) {
                        subjects[subject] = touched[series.id]!.joined(subjects[subject])
                    }
                }
                // Most series of a large feed are fine most of the time: walking each one's recent readings
                // would make every batch cost a query per series it touched. A quiet one is walked all the same
                // when its subject has an alert the new readings may resolve or retract.
                var quiet: Set<Int64> = []
                var earliest = Int64.max
                for (metric, group) in touchedByMetric where condition.reads(metric: metric) {
                    for series in group {
                        earliest = min(earliest, touched[series.id]!.lowerBound)
                        if let batch = values[series.id], condition.isQuiet(series, values: batch) {
                            quiet.insert(series.id)
                        } else {
                            walk(series)
                        }
                    }
                }
                guard earliest != .max else { continue }
                let walked = Set(subjects.keys.lazy.map { ExactText($0.subject) })
                let stored = try Store.storedAlerts(db, rule: rule.name, seenSince: earliest - AlertLimits.lookback.milliseconds) { subject in
                    walked.contains(subject) || catalog.id(subject: subject).map(quiet.contains) ?? false
                }
                for subject in stored.subjects {
                    if let id = catalog.id(subject: subject), quiet.contains(id), let series = catalog[id] { walk(series) }
                }
                var evaluator = TimelineEvaluator(db: db, rule: rule, condition: condition, now: now, utcOffset: utcOffset, stored: stored)
                // Sorted for a stable order of events, by UTF-8 bytes: comparing Chinese names as Strings
                // normalizes them at every comparison.
                for (subject, range) in subjects.sorted(by: { $0.key.subject.utf8.lexicographicallyPrecedes($1.key.subject.utf8) }) {
                    events += try evaluator.evaluate(subject, changed: range)
                }
                try evaluator.insertNewPending()
            }
            for rule in rules {
                switch rule.condition {
                case .noData(let condition) where !touchedSeries.isEmpty:
                    let covered = touchedSeries.filter(condition.covers)
                    guard !covered.isEmpty else { continue }
                    let findings = try condition.findings(db, series: covered, now: now, utcOffset: utcOffset,
                                                          knownLatest: { touched[$0]?.upperBound })
                    // Built only if the rule has open alerts to tell apart: a batch covers 20,000 series.
                    var coveredSubjects: Set<ExactText>?
                    events += try StateEvaluator(db: db, rule: rule, now: now, utcOffset: utcOffset).reconcile(findings) { subject in
                        if coveredSubjects == nil { coveredSubjects = Set(covered.map { ExactText($0.subject) }) }
                        return coveredSubjects!.contains(ExactText(subject))
                    }
                case .business(let condition) where !condition.recordTypes.isDisjoint(with: scope.types):
                    let findings = try condition.findings(db, now: now, utcOffset: utcOffset)
                    events += try StateEvaluator(db: db, rule: rule, now: now, utcOffset: utcOffset).reconcile(findings, scope: nil)
                default:
                    continue
                }
            }
            return events
        }
    }

    /// Evaluates the rules that depend on the clock rather than on new data: silent sensors and sources, and the
    /// date rules (overdue milestones, expiring contracts, moments of truth). Call it on the dashboard's or
    /// collector's timer; it reads one index probe per series and a few indexed queries. Hooks with `repeat:` are
    /// reminded here of the alerts still firing.
    @discardableResult
    public func evaluate(now: Instant) throws -> [AlertEvent] {
        try run(now: now, reminds: true) { db in try judgeOnTheClock(db, now: now) { _ in true } }
    }

    /// Evaluates only the rules about the collector's own health (`SystemCondition` and silent sources): what a
    /// source's run just changed, judged at once instead of at the next timed pass.
    @discardableResult
    public func evaluateSystem(now: Instant) throws -> [AlertEvent] {
        try run(now: now) { db in
            try judgeOnTheClock(db, now: now) { condition in
                switch condition {
                case .system: true
                case .noData(let c): if case .source = c.target { true } else { false }
                default: false
                }
            }
        }
    }

    /// The clock's rules that `include` admits, reconciled with their alerts. Every series' newest reading is read
    /// only for a rule about silent series: the built-in silent-source rule, in every config, needs none of it.
    private func judgeOnTheClock(_ db: Database, now: Instant, where include: (RuleCondition) -> Bool) throws -> [AlertEvent] {
        var series: (catalog: SeriesCatalog, latest: [Int64: Int64])?
        var events: [AlertEvent] = []
        for rule in rules where include(rule.condition) {
            let findings: [Finding]
            switch rule.condition {
            case .noData(let condition):
                if case .series = condition.target {
                    if series == nil { series = (try currentCatalog(db), try Store.latestTimes(db)) }
                    findings = try condition.findings(db, series: series!.catalog.all, now: now, utcOffset: utcOffset, stored: series!.latest)
                } else {
                    findings = try condition.findings(db, series: [], now: now, utcOffset: utcOffset)
                }
            case .business(let condition):
                findings = try condition.findings(db, now: now, utcOffset: utcOffset)
            case .system(let condition):
                findings = try condition.findings(db, now: now, utcOffset: utcOffset)
            case .band, .rate, .combination:
                continue
            }
            events += try StateEvaluator(db: db, rule: rule, now: now, utcOffset: utcOffset).reconcile(findings, scope: nil)
        }
        return events
    }

    private func currentCatalog(_ db: Database) throws -> SeriesCatalog {
        try catalog.withLock { held in
            held = try held.refreshed(db)
            return held
        }
    }

    /// The reading rules in force: the configured ones and one per quality standard in the store.
    private func readingRules(_ db: Database) throws -> [AlertRule] {
        rules.filter { $0.condition.timeline != nil } + (try Store.standards(db)).map(AlertRule.init(standard:))
    }

    /// One write transaction for the evaluation and the repeat schedule, then hooks for the events no silence
    /// covers and the reminders due.
    private func run(now: Instant, reminds: Bool = false, _ body: (Database) throws -> [AlertEvent]) throws -> [AlertEvent] {
        let repeating = hooks.hooks.indices.filter { hooks.hooks[$0].repeatInterval != nil }
        let (events, reminders) = try store.pool.write { db -> ([AlertEvent], [Int: [AlertRecord]]) in
            let found = try body(db)
            let silences = found.isEmpty && !(reminds && !repeating.isEmpty) ? [] : try Store.silences(db, activeAt: now)
            let events = found.map { event in
                var event = event
                event.silenced = silences.contains { $0.mutes(rule: event.alert.rule, subject: event.alert.subject, at: now) }
                return event
            }
            guard !repeating.isEmpty else { return (events, [Int: [AlertRecord]]()) }
            return (events, try schedule(db, repeating, events: events, silences: silences, now: now, reminds: reminds))
        }
        hooks.notify(events)
        hooks.remind(reminders)
        return events
    }

    /// Notes when each repeating hook (by index) told of the alerts that fired, forgets those that resolved and,
    /// on the timer, picks the firing alerts each is due to be reminded of: its interval passed since it last told
    /// of them, or it never did (the alert fired while silenced, or before the hook was configured). Acknowledged
    /// and silenced alerts are not repeated.
    private func schedule(_ db: Database, _ repeating: [Int], events: [AlertEvent], silences: [Silence], now: Instant,
                          reminds: Bool) throws -> [Int: [AlertRecord]] {
        try Store.forgetNotices(db, alerts: events.filter { $0.kind == .resolve }.map(\.alert.id))
        for index in repeating {
            let hook = hooks.hooks[index]
            try Store.recordNotices(db, hook: hook.name, alerts: events.filter { $0.kind == .fire && hook.wants($0) }.map(\.alert.id), at: now)
        }
        guard reminds else { return [:] }
        try Store.forgetClosedNotices(db)
        let firing = try Store.firingAlerts(db).filter { alert in
            !silences.contains { $0.mutes(rule: alert.rule, subject: alert.subject, at: now) }
        }
        var due: [Int: [AlertRecord]] = [:]
        for index in repeating {
            let hook = hooks.hooks[index]
            guard let interval = hook.repeatInterval, hook.events.contains(.fire) else { continue }
            let told = try Store.notices(db, hook: hook.name)
            let alerts = firing.filter { alert in hook.covers(alert) && told[alert.id].map { $0 + interval <= now } ?? true }
            guard !alerts.isEmpty else { continue }
            try Store.recordNotices(db, hook: hook.name, alerts: alerts.map(\.id), at: now)
            due[index] = alerts
        }
        return due
    }
}
