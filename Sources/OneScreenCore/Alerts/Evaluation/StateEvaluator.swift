import GRDB

/// Reconciles a store rule's findings with its open alerts: a new problem fires, a seen one is refreshed, one
/// gone resolves once it has stayed gone for the rule's resolve hold (a reappearance before that counts again
/// on the same alert instead of firing a new one).
struct StateEvaluator {
    let db: Database
    let rule: AlertRule
    let now: Instant
    let utcOffset: Int

    /// `last_seen` of a present problem is rewritten at most this often: every timer tick would otherwise be a
    /// commit, and every commit makes each dashboard read a new snapshot.
    static let lastSeenGranularity = Duration.minutes(1)

    /// - Parameter scope: whether a subject is among those the findings were looked for among; open alerts of
    ///   other subjects are left alone. Nil when the rule was checked for everything.
    func reconcile(_ findings: [Finding], scope: ((String) -> Bool)?) throws -> [AlertEvent] {
        var open: [String: AlertRecord] = [:]
        for alert in try Store.openAlerts(db, rule: rule.name) where scope?(alert.subject) ?? true {
            open[alert.subject] = alert
        }
        var events: [AlertEvent] = []
        for finding in findings {
            var values = finding.values
            // The record's own fields win: a contract's `title` is what the message names, not the rule's.
            values.merge(rule.commonValues(subject: finding.subject, since: finding.since, utcOffset: utcOffset)) { own, _ in own }
            let message = rule.message(values)
            // The record fields the rule found, for the alert's detail view and hooks.
            let detail = AlertJSON.text(finding.values)
            guard let existing = open.removeValue(forKey: finding.subject) else {
                var alert = AlertRecord(
                    fingerprint: AlertRecord.fingerprint(rule: rule.name, subject: finding.subject), rule: rule.name,
                    level: rule.level, state: .firing, subject: finding.subject, message: message.text, firstSeen: finding.since,
                    lastSeen: now, detail: detail, defaultMessage: message.source)
                alert.id = try Store.insertAlert(db, alert)
                events.append(AlertEvent(kind: .fire, alert: alert))
                continue
            }
            var alert = existing
            alert.message = message.text
            alert.defaultMessage = message.source
            alert.detail = detail
            alert.level = rule.level
            if alert.clearingSince != nil {
                alert.clearingSince = nil
                alert.count += 1
            }
            if alert != existing || now.millis - existing.lastSeen.millis >= Self.lastSeenGranularity.milliseconds {
                alert.lastSeen = max(existing.lastSeen, now)
                try Store.updateAlert(db, alert)
            }
        }
        for var alert in open.values.sorted(by: { $0.id < $1.id }) {
            let since = alert.clearingSince ?? now
            if now.millis - since.millis >= rule.effectiveResolveAfter.milliseconds {
                alert.state = .resolved
                alert.resolvedAt = now
                alert.clearingSince = nil
                try Store.updateAlert(db, alert)
                events.append(AlertEvent(kind: .resolve, alert: alert))
            } else if alert.clearingSince == nil {
                alert.clearingSince = now
                try Store.updateAlert(db, alert)
            }
        }
        return events
    }
}
