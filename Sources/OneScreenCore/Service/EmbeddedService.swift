import Foundation

/// The data side in this process: reads the store, masks for `viewer`, writes the audit trail and refuses what the
/// role may not do. Used by a person on a store of their own, and by `onescreen serve` once per connection with the
/// peer's viewer, so both enforce the same rules by the same code.
///
/// Not thread-safe: one per connection or per process, used from one thread (the store below is).
public final class EmbeddedService: DataService {
    public let viewer: Viewer
    public let store: Store
    /// The data side's own retention: `prune` never takes the caller's.
    private let retention: Retention
    /// The rules in force, to tell whether a silence covers a compliance-risk (L4) rule.
    private let rules: [AlertRule]
    private let clock: @Sendable () -> Instant
    /// Watches the store's commits for `takeChange`; nil where a server watches for all its connections.
    private let monitor: StoreChangeMonitor?
    /// What the view last audited showed: a repeat is a refresh of the same opening, and panning a series along
    /// its time axis is the same view of it, so neither is audited again.
    private var lastAudited: String?
    private var lastListed: AlertFilter?

    public init(store: Store, viewer: Viewer, retention: Retention, rules: [AlertRule], watchesChanges: Bool,
                clock: @escaping @Sendable () -> Instant = { .now }) throws {
        self.store = store
        self.viewer = viewer
        self.retention = retention
        self.rules = rules
        self.clock = clock
        monitor = watchesChanges ? try StoreChangeMonitor(store: store) : nil
    }

    public var changeDescriptor: Int32? { monitor?.descriptor }
    public var changeRecheckMilliseconds: Int32? { monitor?.recheckMilliseconds }

    public func takeChange() throws(ServiceError) -> Bool {
        try failing { try monitor?.hasChanged() ?? false }
    }

    public func page(_ request: PageRequest, at now: Instant, utcOffset: Int, window: TimeRange) throws(ServiceError) -> PageSnapshot {
        guard viewer.role.mayOpen(page: request.pageName) else {
            throw refuse(request.auditSubject, "role \(viewer.role.name) may not open the \(request.pageName) page")
        }
        let snapshot = try failing { try store.page(request, at: now, utcOffset: utcOffset, window: window).masked(for: viewer) }
        if request.auditSubject != lastAudited {
            // Fail closed: a view whose audit row cannot be written is not shown.
            if let entry = AuditEntry.view(of: request, by: viewer, at: clock()) { try audited(entry) }
            lastAudited = request.auditSubject
        }
        return snapshot
    }

    public func alerts(_ filter: AlertFilter) throws(ServiceError) -> [AlertRecord] {
        guard viewer.role.mayOpen(page: "alerts") else {
            throw refuse("alerts", "role \(viewer.role.name) may not see alerts")
        }
        let alerts = try failing { try store.alerts(filter.visible(to: viewer)).masked(for: viewer) }
        if filter != lastListed {
            if let entry = AuditEntry.view(of: .alerts(filter.states), by: viewer, at: clock()) {
                var entry = entry
                entry.subject = "list alerts (\(filter.states.rawValue))"
                try audited(entry)
            }
            lastListed = filter
        }
        return alerts
    }

    public func acknowledge(alert id: Int64, note: String?) throws(ServiceError) -> AlertRecord {
        try mayActOnAlerts(Store.auditSubject(ofAlert: id))
        return try acting {
            // The alert and its audit row commit in one transaction.
            try store.acknowledgeAlert(id: id, by: viewer.user, role: viewer.role.name, note: note, at: clock()).masked(for: viewer)
        }
    }

    public func silence(_ request: SilenceRequest) throws(ServiceError) -> SilenceOutcome {
        let target = try acting { () throws -> String in
            switch request.target {
            case .pattern(let pattern): return pattern
            case .subjectOf(let id), .ruleOf(let id):
                // The store's record, not the screen's (which may be masked), silenced as itself, never as a pattern.
                guard let alert = try store.alert(id: id) else { throw AlertActionError.noSuchAlert(id) }
                if case .subjectOf = request.target { return Glob.literal(alert.subject).pattern }
                return Glob.literal(alert.rule).pattern
            }
        }
        try mayActOnAlerts("silence \(target)")
        guard request.duration <= Silence.longest else { throw .alertAction(.tooLong) }
        let glob = Glob(target)
        let coversL4 = try acting { try coversComplianceRisk(glob) }
        let broad = !glob.isLiteral || coversL4
        if broad, !viewer.role.may(.silenceBroadly) {
            throw refuse("silence \(target)", "role \(viewer.role.name) may not silence broadly (a wildcard, or an L4 rule or alert); ask for a role with the silence_broadly permission")
        }
        let now = clock()
        return try acting {
            let silence = try store.silence(target, until: now + request.duration, by: viewer.user, role: viewer.role.name,
                                            note: request.note, at: now)
            let open = try store.alerts(AlertFilter(states: .open)).filter { silence.mutes(rule: $0.rule, subject: $0.subject, at: now) }
            return SilenceOutcome(target: target, until: silence.until, openMatching: open.count)
        }
    }

    public func unacknowledge(alert id: Int64) throws(ServiceError) -> AlertRecord {
        try mayActOnAlerts(Store.auditSubject(ofAlert: id))
        return try acting {
            try store.unacknowledgeAlert(id: id, by: viewer.user, role: viewer.role.name, at: clock()).masked(for: viewer)
        }
    }

    public func silences() throws(ServiceError) -> [Silence] {
        // What a silence names is what the alerts it mutes name: masked as alert texts are.
        guard viewer.role.mayOpen(page: "alerts") else {
            throw refuse("silences", "role \(viewer.role.name) may not see alerts")
        }
        let now = clock()
        try audited(AuditEntry(at: now, user: viewer.user, role: viewer.role.name, action: "view", subject: "list silences"))
        return try failing { try store.silences(activeAt: now).masked(for: viewer) }
    }

    public func unsilence(_ id: Int64) throws(ServiceError) -> Silence {
        try mayActOnAlerts("silence/\(id)")
        // Ending a broad silence takes what making it took: whoever may not mute every store's freezer may not
        // decide for everyone that they are heard again either.
        let silence = try acting { () throws -> Silence in
            guard let silence = try store.silence(id: id) else { throw AlertActionError.noSuchSilence(id) }
            return silence
        }
        let broad = try acting { try !silence.target.isLiteral || coversComplianceRisk(silence.target) }
        if broad, !viewer.role.may(.silenceBroadly) {
            throw refuse("silence/\(id)", "role \(viewer.role.name) may not end a broad silence (a wildcard, or an L4 rule or alert); ask for a role with the silence_broadly permission")
        }
        return try acting { try store.endSilence(id: id, by: viewer.user, role: viewer.role.name, at: clock()).masked(for: viewer) }
    }

    public func audit(since: Instant?) throws(ServiceError) -> [AuditEntry] {
        // The trail names who looked at which customer and contract: as classified as the most classified of them.
        guard viewer.role.sees(.core) else {
            throw refuse("audit", "role \(viewer.role.name) may not read the audit trail; it needs core clearance")
        }
        try audited(AuditEntry(at: clock(), user: viewer.user, role: viewer.role.name, action: "view", subject: "audit",
                               detail: since.map { "since \($0.rfc3339())" }))
        return try failing { try store.audit(since: since) }
    }

    public func sources() throws(ServiceError) -> SourcesReport {
        guard viewer.role.mayOpen(page: "sources") else {
            throw refuse("sources", "role \(viewer.role.name) may not open the sources page")
        }
        let now = clock()
        return try failing {
            SourcesReport(collector: try store.leaseHolder(at: now), sources: try store.sourceStatuses(at: now).masked(for: viewer))
        }
    }

    public func jumpIndex() throws(ServiceError) -> JumpIndex {
        try failing { try store.jumpIndex().visible(to: viewer) }
    }

    public func status() throws(ServiceError) -> StoreStatus {
        try failing { StoreStatus(path: store.path, tables: try store.tableCounts().map { StoreStatus.Table(name: $0.0, rows: $0.1) }) }
    }

    public func prune(vacuum: Bool) throws(ServiceError) -> PruneReport {
        guard viewer.role.may(.prune) else {
            throw refuse("prune", "role \(viewer.role.name) may not prune; ask for a role with the prune permission")
        }
        // Written before anything is deleted: a prune that cannot be audited does not happen.
        try audited(AuditEntry(at: clock(), user: viewer.user, role: viewer.role.name, action: "prune", subject: store.path,
                               detail: "retention " + [("raw", retention.raw), ("minute", retention.minute), ("hour", retention.hour)]
                                   .map { "\($0.0) \($0.1?.configText ?? "forever")" }.joined(separator: ", ") + (vacuum ? "; vacuum" : "")))
        return try failing {
            var report = PruneReport(path: store.path, deleted: try store.prune(retention, now: clock()))
            if vacuum {
                let (before, after) = try store.vacuum()
                report.sizeBefore = before
                report.sizeAfter = after
            }
            return report
        }
    }

    // MARK: rules and their refusals

    private func mayActOnAlerts(_ what: String) throws(ServiceError) {
        guard viewer.mayActOnAlerts else {
            throw refuse(what, "role \(viewer.role.name) may not acknowledge or silence alerts; ask for a role that may open the alerts page in full")
        }
    }

    /// Whether `glob` mutes a compliance-risk rule in force or an L4 alert in the store.
    private func coversComplianceRisk(_ glob: Glob) throws -> Bool {
        if rules.contains(where: { $0.level == .complianceRisk && glob.matches($0.name) }) { return true }
        return try store.alerts(AlertFilter(states: .all, level: .complianceRisk))
            .contains { glob.matches($0.rule) || glob.matches($0.subject) }
    }

    /// A refusal, recorded in the audit trail (who, what, why). Refused whether or not the row could be written.
    private func refuse(_ what: String, _ why: String) -> ServiceError {
        try? store.appendAudit(AuditEntry(at: clock(), user: viewer.user, role: viewer.role.name, action: "refused", subject: what, detail: why))
        return .refused(why)
    }

    private func audited(_ entry: AuditEntry) throws(ServiceError) {
        do { try store.appendAudit(entry) } catch {
            throw .failed("not shown: its audit row could not be written (\(StoreError.describe(error)))")
        }
    }

    private func failing<T>(_ work: () throws -> T) throws(ServiceError) -> T {
        do { return try work() } catch let error as ServiceError { throw error } catch { throw .failed(StoreError.describe(error)) }
    }

    private func acting<T>(_ work: () throws -> T) throws(ServiceError) -> T {
        do { return try work() } catch let error as AlertActionError { throw .alertAction(error) } catch { throw .failed(StoreError.describe(error)) }
    }
}
