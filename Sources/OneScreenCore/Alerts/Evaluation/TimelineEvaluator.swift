import GRDB

/// Evaluates one reading rule for one subject after some of its readings changed, in event time.
///
/// It looks back from the earliest changed reading for a stretch inside the band long enough to resolve any
/// excursion (the subject is *settled* there, so nothing earlier can matter), walks forward through the
/// changed readings until the subject is settled again after the last of them, and reconciles the episodes it
/// found with the stored alerts of that window. Only the touched subject and a bounded window are read, and the
/// result depends on the readings alone, not on how they were split into batches.
struct TimelineEvaluator {
    let db: Database
    let rule: AlertRule
    let condition: any TimelineCondition
    let now: Instant
    let utcOffset: Int
    /// The rule's stored alerts an evaluation may touch, by fingerprint: open ones, and those seen within the
    /// lookback before the earliest change (read once per rule, not once per subject).
    let stored: StoredAlerts
    /// Alerts found pending and not yet stored: no event tells of a pending alert, so nothing needs their ids
    /// before `insertNewPending()` stores them together, several per statement. A batch of a large feed starts
    /// thousands, and one insert each cost more than judging them. Each is the last write about its subject.
    private var newPending: [AlertRecord] = []

    init(db: Database, rule: AlertRule, condition: any TimelineCondition, now: Instant, utcOffset: Int, stored: StoredAlerts) {
        self.db = db
        self.rule = rule
        self.condition = condition
        self.now = now
        self.utcOffset = utcOffset
        self.stored = stored
    }

    /// An alert that fired and resolved longer ago than this, seen only now, is history being back-filled: it is
    /// recorded, not announced.
    static let historyAge = Duration.hours(24)

    /// Stores the pending alerts the evaluations found new; call it once they are all done.
    mutating func insertNewPending() throws {
        try Store.insertPendingAlerts(db, newPending)
        newPending = []
    }

    mutating func evaluate(_ subject: TimelineSubject, changed: ClosedRange<Int64>) throws -> [AlertEvent] {
        var dataEnd = Int64.min
        for input in subject.inputs {
            if let latest = try Store.latestTime(db, series: input.id) { dataEnd = max(dataEnd, latest) }
        }
        guard dataEnd != .min else { return [] }
        let resolveAfter = rule.effectiveResolveAfter
        let firstChanged = changed.lowerBound
        let lastChanged = min(changed.upperBound, dataEnd)
        var loadedTo = min(dataEnd, max(lastChanged, firstChanged) + AlertLimits.walkSlice.milliseconds)

        // Look back for a settled stretch, widening the window up to the lookback.
        var probe = min(resolveAfter * AlertLimits.firstProbeResolveHolds, AlertLimits.lookback)
        var windowStart: Int64
        var points: [JudgedPoint]
        var anchor: Int?
        while true {
            windowStart = firstChanged - probe.milliseconds
            var earliest = false
            (points, earliest) = try judged(subject, from: windowStart, to: loadedTo)
            anchor = Self.lastSettled(points, before: firstChanged, resolveAfter: resolveAfter)
            if anchor != nil || probe >= AlertLimits.lookback { break }
            probe = min(probe * 2, AlertLimits.lookback)
            // A wider window would read the same readings: judge them as the whole lookback, without reading again.
            if earliest {
                probe = AlertLimits.lookback
                windowStart = firstChanged - probe.milliseconds
                break
            }
        }
        let settledAt = anchor.map { points[$0].time }

        // Walk forward until settled after the last change, or to the end of the data.
        var walker = EpisodeWalker(hold: rule.hold, resolveAfter: resolveAfter, clipped: anchor == nil)
        var index = anchor.map { $0 + 1 } ?? 0
        var walkedThrough = Int64.max
        walk: while true {
            while index < points.count {
                let point = points[index]
                walker.feed(point)
                index += 1
                if point.time > lastChanged && walker.isSettled {
                    walkedThrough = point.time
                    break walk
                }
            }
            guard loadedTo < dataEnd else { break }
            let from = loadedTo + 1
            loadedTo = min(dataEnd, loadedTo + AlertLimits.walkSlice.milliseconds)
            points = try judged(subject, from: from, to: loadedTo).points
            index = 0
        }
        return try reconcile(walker.episodes, subject, after: settledAt ?? windowStart - 1, settled: settledAt != nil, through: walkedThrough)
    }

    /// The judged points of `from...to`, and whether the subject has no reading before them (a window reaching
    /// further back would hold the same ones).
    private func judged(_ subject: TimelineSubject, from: Int64, to: Int64) throws -> (points: [JudgedPoint], earliest: Bool) {
        let start = from - condition.context.milliseconds
        let inputs = try subject.inputs.map { try Store.points(db, series: $0.id, from: start, to: to) }
        return (condition.judge(inputs, from: from, to: to), inputs.allSatisfy { ($0.first?.time ?? .max) >= from })
    }

    /// The index of the last point before `limit` that ends a stretch of non-violating points lasting the
    /// resolve hold: whatever happened before, the subject is inside there with no episode open.
    static func lastSettled(_ points: [JudgedPoint], before limit: Int64, resolveAfter: Duration) -> Int? {
        var insideSince: Int64?
        var settled: Int?
        for (index, point) in points.enumerated() {
            guard point.time < limit else { break }
            if point.violating {
                insideSince = nil
                continue
            }
            let since = insideSince ?? point.time
            insideSince = since
            if point.time - since >= resolveAfter.milliseconds { settled = index }
        }
        return settled
    }

    // MARK: reconcile

    /// Brings the stored alerts of the walked window in line with the episodes found there. An episode takes
    /// over the stored alert it overlaps (the same excursion seen with more readings); a stored alert no episode
    /// supports any more is resolved, or deleted if it never fired.
    private mutating func reconcile(
        _ episodes: [Episode], _ subject: TimelineSubject, after lower: Int64, settled: Bool, through upper: Int64
    ) throws -> [AlertEvent] {
        let fingerprint = AlertRecord.fingerprint(rule: rule.name, subject: subject.subject)
        var rows = stored.records(subject: subject.subject).filter { $0.state.isUnresolved || (lower < $0.firstSeen.millis && $0.firstSeen.millis <= upper) }
        var events: [AlertEvent] = []
        if settled {
            // The settled stretch proves an older open alert over.
            for row in rows where row.firstSeen.millis <= lower {
                events += try retire(row, at: lower, walkedThrough: upper)
            }
            rows.removeAll { $0.firstSeen.millis <= lower }
        }
        rows.removeAll { $0.firstSeen.millis > upper }

        var claimed: Set<Int64> = []
        var plan: [(Episode, AlertRecord?)] = []
        var retired: [AlertRecord] = []
        for episode in episodes {
            let overlapping = rows.filter { !claimed.contains($0.id) && $0.span.overlaps(episode.span) }
            overlapping.forEach { claimed.insert($0.id) }
            plan.append((episode, overlapping.first))
            retired += overlapping.dropFirst()
        }
        retired += rows.filter { !claimed.contains($0.id) }
        // Retire first, so a row brought back to life never meets another live row of its fingerprint.
        for row in retired { events += try retire(row, at: max(row.lastSeen.millis, lower), walkedThrough: upper) }
        for (episode, row) in plan { events += try apply(episode, to: row, subject, fingerprint: fingerprint) }
        return events
    }

    /// A stored alert no episode stands for. A live one resolves. A pending one never was an alert and goes, and
    /// so does a resolved one lying wholly inside the walked window: readings that arrived late (a gap filled
    /// in) show that excursion never happened, and history must match the data, unless someone acknowledged it.
    private func retire(_ row: AlertRecord, at time: Int64, walkedThrough upper: Int64) throws -> [AlertEvent] {
        switch row.state {
        case .resolved:
            if row.ackedAt == nil, let resolved = row.resolvedAt, resolved.millis <= upper { try Store.deleteAlert(db, id: row.id) }
            return []
        case .pending:
            try Store.deleteAlert(db, id: row.id)
            return []
        case .firing, .acknowledged:
            var resolved = row
            resolved.state = .resolved
            resolved.resolvedAt = Instant(millis: time)
            try Store.updateAlert(db, resolved)
            return [AlertEvent(kind: .resolve, alert: resolved)]
        }
    }

    private mutating func apply(_ episode: Episode, to row: AlertRecord?, _ subject: TimelineSubject, fingerprint: String) throws -> [AlertEvent] {
        let firstSeen = episode.clipped ? min(row?.firstSeen.millis ?? .max, episode.start) : episode.start
        var values = condition.messageValues(subject, peak: episode.peak)
        values.merge(rule.commonValues(subject: subject.subject, since: Instant(millis: firstSeen), utcOffset: utcOffset)) { $1 }
        let message = rule.message(values)
        var state = episode.state
        if state == .firing && row?.ackedAt != nil { state = .acknowledged }
        var alert = AlertRecord(
            id: row?.id ?? 0, fingerprint: fingerprint, rule: rule.name, level: rule.level, state: state,
            subject: subject.subject, message: message.text, firstSeen: Instant(millis: firstSeen),
            lastSeen: Instant(millis: episode.lastViolation),
            count: episode.clipped ? max(row?.count ?? 0, episode.count) : episode.count,
            ackedBy: row?.ackedBy, ackedAt: row?.ackedAt, ackNote: row?.ackNote,
            resolvedAt: episode.resolvedAt.map(Instant.init(millis:)),
            detail: ReadingAlertDetail(episode, inputs: subject.inputs, band: condition.band, utcOffset: utcOffset).json,
            defaultMessage: message.source)
        if let row {
            guard alert != row else { return [] }
            try Store.updateAlert(db, alert)
        } else if alert.state == .pending {
            newPending.append(alert)
        } else {
            alert.id = try Store.insertAlert(db, alert)
        }
        return events(from: row?.state, to: alert, firedAt: episode.firedAt)
    }

    /// What to announce for a change of state: a fire when an alert becomes live, a resolve when a live one ends;
    /// an excursion that came and went before anyone saw it is announced only if it is recent.
    private func events(from old: AlertState?, to alert: AlertRecord, firedAt: Int64?) -> [AlertEvent] {
        let wasLive = old == .firing || old == .acknowledged
        switch alert.state {
        case .pending:
            return []
        case .firing, .acknowledged:
            return wasLive ? [] : [AlertEvent(kind: .fire, alert: alert)]
        case .resolved:
            if wasLive { return [AlertEvent(kind: .resolve, alert: alert)] }
            guard old != .resolved, let firedAt, now.millis - firedAt <= Self.historyAge.milliseconds else { return [] }
            var fired = alert
            fired.state = .firing
            fired.resolvedAt = nil
            return [AlertEvent(kind: .fire, alert: fired), AlertEvent(kind: .resolve, alert: alert)]
        }
    }
}

extension AlertRecord {
    /// The event-time span of the excursion this alert stands for, open-ended while it is open.
    var span: ClosedRange<Int64> { firstSeen.millis...(resolvedAt?.millis ?? .max) }
}
