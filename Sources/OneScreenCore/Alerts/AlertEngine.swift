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
        report: @escaping @Sendable (HookOutcome) -> Void = { _ in }
    ) {
        self.store = store
        self.rules = rules
        self.hooks = HookRunner(hooks: hooks, utcOffset: utcOffset, report: report)
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
            for (key, range) in scope.readings {
                guard let series = catalog.series(metric: key.metric, site: key.site) else { continue }
                touched[series.id] = range.joined(touched[series.id])
                values[series.id] = scope.values[key]
            }
            // A new standard judges the recent past of every series of its metric.
            for series in scope.standardMetrics.isEmpty ? [] : catalog.all where scope.standardMetrics.contains(series.metric) {
                values[series.id] = nil
                if let latest = try Store.latestTime(db, series: series.id) {
                    touched[series.id] = (latest - AlertLimits.lookback.milliseconds...latest).joined(touched[series.id])
                }
            }
            let touchedSeries = touched.keys.sorted().compactMap { catalog[$0] }
            var events: [AlertEvent] = []
            for rule in try readingRules(db) {
                guard let condition = rule.condition.timeline else { continue }
                var subjects: [TimelineSubject: ClosedRange<Int64>] = [:]
                for series in touchedSeries {
                    for subject in condition.subjects(touching: series, in: catalog) {
                        subjects[subject] = touched[series.id]!.joined(subjects[subject])
                    }
                }
                guard let earliest = subjects.values.map(\.lowerBound).min() else { continue }
                let stored = try Store.storedAlerts(db, rule: rule.name, seenSince: earliest - AlertLimits.lookback.milliseconds)
                let evaluator = TimelineEvaluator(db: db, rule: rule, condition: condition, now: now, utcOffset: utcOffset, stored: stored)
                for (subject, range) in subjects.sorted(by: { $0.key.subject < $1.key.subject }) {
                    // Most series of a large feed are fine most of the time: walking each one's recent readings
                    // would make every batch cost a query per series it touched.
                    if subject.inputs.count == 1, let batch = values[subject.inputs[0].id], condition.isQuiet(subject, values: batch),
                       !stored.contains(AlertRecord.fingerprint(rule: rule.name, subject: subject.subject)) { continue }
                    events += try evaluator.evaluate(subject, changed: range)
                }
            }
            for rule in rules {
                switch rule.condition {
                case .noData(let condition) where !touchedSeries.isEmpty:
                    let covered = touchedSeries.filter(condition.covers)
                    guard !covered.isEmpty else { continue }
                    let findings = try condition.findings(db, series: covered, now: now, utcOffset: utcOffset,
                                                          knownLatest: touched.mapValues(\.upperBound))
                    events += try StateEvaluator(db: db, rule: rule, now: now, utcOffset: utcOffset)
                        .reconcile(findings, scope: Set(covered.map(\.subject)))
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
    /// collector's timer; it reads one index probe per series and a few indexed queries.
    @discardableResult
    public func evaluate(now: Instant) throws -> [AlertEvent] {
        try run(now: now) { db in
            var catalog: SeriesCatalog?
            var latest: [Int64: Int64]?
            var events: [AlertEvent] = []
            for rule in rules {
                let findings: [Finding]
                switch rule.condition {
                case .noData(let condition):
                    if catalog == nil { catalog = try self.currentCatalog(db) }
                    if latest == nil { latest = try Store.latestTimes(db) }
                    findings = try condition.findings(db, series: catalog!.all, now: now, utcOffset: utcOffset, stored: latest)
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
    }

    /// Evaluates only the rules about the collector's own health (`SystemCondition` and silent sources): what a
    /// source's run just changed, judged at once instead of at the next timed pass.
    @discardableResult
    public func evaluateSystem(now: Instant) throws -> [AlertEvent] {
        try run(now: now) { db in
            var events: [AlertEvent] = []
            for rule in rules {
                let findings: [Finding]
                switch rule.condition {
                case .system(let condition):
                    findings = try condition.findings(db, now: now, utcOffset: utcOffset)
                case .noData(let condition):
                    guard case .source = condition.target else { continue }
                    findings = try condition.findings(db, series: [], now: now, utcOffset: utcOffset)
                default:
                    continue
                }
                events += try StateEvaluator(db: db, rule: rule, now: now, utcOffset: utcOffset).reconcile(findings, scope: nil)
            }
            return events
        }
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

    /// One write transaction for the evaluation, then hooks for the events no silence covers.
    private func run(now: Instant, _ body: (Database) throws -> [AlertEvent]) throws -> [AlertEvent] {
        let events = try store.pool.write { db in
            let found = try body(db)
            let silences = found.isEmpty ? [] : try Store.silences(db, activeAt: now)
            return found.map { event in
                var event = event
                event.silenced = silences.contains { $0.mutes(rule: event.alert.rule, subject: event.alert.subject, at: now) }
                return event
            }
        }
        hooks.notify(events)
        return events
    }
}
