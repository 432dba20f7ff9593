import Foundation

/// One alert with what fired it and what happened to it: the Alerts page's drill-down.
extension Store {
    /// Readings shown on each side of an alert's firing time: enough to see the approach, the crossing and what
    /// followed, whatever the series' rate (a reading a minute or one an hour), and never a whole history.
    static let alertDetailReadings = 12

    static func alertDetail(_ db: any SQLConnection, id: Int64, now: Instant) throws -> AlertDetail? {
        guard let alert = try alert(db, id: id) else { return nil }
        let stored = alert.detail.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } as? [String: Any] ?? [:]
        let firedAt = (stored["fired_at"] as? String).flatMap(TimestampParser.parse)
        var series: [AlertSeries] = []
        for subject in stored["series"] as? [String] ?? [] {
            guard let row = try db.row("SELECT id, unit FROM series WHERE site || '/' || metric = ?", [subject])
            else { continue }
            series.append(AlertSeries(
                subject: subject, unit: row["unit"], min: number(stored["min"]), max: number(stored["max"]),
                readings: try readings(db, series: row["id"], around: firedAt ?? alert.firstSeen)))
        }
        let fields = stored.keys.sorted().filter { !["series", "min", "max"].contains($0) }.map { AlertField($0, text(stored[$0]!)) }
        return AlertDetail(alert: alert, fields: fields, series: series,
                           timeline: try timeline(db, of: alert, firedAt: firedAt, now: now),
                           links: try links(db, of: alert, series: series.map(\.subject), fields: fields, now: now))
    }

    /// What the alert leads to: a business rule's contract or customer (the record it found), or a reading rule's
    /// series, then each series' site and the lots there while the alert was up.
    private static func links(_ db: any SQLConnection, of alert: AlertRecord, series: [String], fields: [AlertField], now: Instant) throws -> [JumpTarget] {
        var links = fields.compactMap { field -> JumpTarget? in
            switch field.name {
            case "contract": .contract(field.value)
            case "customer": .customer(field.value)
            default: nil
            }
        }
        links += series.map(JumpTarget.series)
        let sites = series.compactMap { subject in subject.lastIndex(of: "/").map { String(subject[..<$0]) } }
        for site in sites.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } {
            links.append(.site(site))
            links += try lots(at: site, from: alert.firstSeen, to: alert.resolvedAt ?? now, db).map(JumpTarget.lot)
        }
        return links
    }

    /// The readings of `series` just before and just after `anchor`, oldest first: two probes of the primary key.
    private static func readings(_ db: any SQLConnection, series: Int64, around anchor: Instant) throws -> [AlertReading] {
        let before = try db.rows("""
            SELECT time, value FROM reading WHERE series_id = ? AND time <= ? ORDER BY time DESC LIMIT ?
            """, [series, anchor.millis, alertDetailReadings])
        let after = try db.rows("""
            SELECT time, value FROM reading WHERE series_id = ? AND time > ? ORDER BY time LIMIT ?
            """, [series, anchor.millis, alertDetailReadings])
        return (before.reversed() + after).map { AlertReading(time: Instant(millis: $0[0]), value: $0[1]) }
    }

    /// The alert's life: its own times, acknowledgements from the audit trail (who, as which role, why) and the
    /// silences that covered its rule or subject while it was open.
    private static func timeline(_ db: any SQLConnection, of alert: AlertRecord, firedAt: Instant?, now: Instant) throws -> [AlertTimelineEntry] {
        var entries = [AlertTimelineEntry(kind: .raised, at: alert.firstSeen)]
        if let firedAt { entries.append(AlertTimelineEntry(kind: .fired, at: firedAt)) }
        // An acknowledgement comes after the alert was stored, and so after it was first seen: the bound lets the
        // audit trail's time index answer.
        let acks = try db.rows("""
            SELECT at, "user", role, detail FROM audit WHERE at >= ? AND action = 'acknowledge' AND subject = ? ORDER BY at, id
            """, [alert.firstSeen.millis, auditSubject(ofAlert: alert.id)]).map { row in
            AlertTimelineEntry(kind: .acknowledged, at: Instant(millis: row["at"]), user: row["user"], role: row["role"], note: row["detail"])
        }
        if !acks.isEmpty {
            entries += acks
        } else if let ackedAt = alert.ackedAt {
            entries.append(AlertTimelineEntry(kind: .acknowledged, at: ackedAt, user: alert.ackedBy, note: alert.ackNote))
        }
        let end = alert.resolvedAt ?? now
        for silence in try silences(db, activeAt: alert.firstSeen) where silence.createdAt <= end
            && (silence.target.matches(alert.rule) || silence.target.matches(alert.subject)) {
            entries.append(AlertTimelineEntry(kind: .silenced, at: silence.createdAt, user: silence.createdBy, note: silence.note,
                                              target: silence.target.pattern, until: silence.until))
        }
        if let resolvedAt = alert.resolvedAt { entries.append(AlertTimelineEntry(kind: .resolved, at: resolvedAt)) }
        let order = AlertTimelineEntry.Kind.allCases
        return entries.sorted { ($0.at, order.firstIndex(of: $0.kind)!) < ($1.at, order.firstIndex(of: $1.kind)!) }
    }

    /// A stored value as the detail shows it: numbers as messages print them, lists joined.
    private static func text(_ value: Any) -> String {
        if let string = value as? String { return string }
        if let number = number(value) { return MessageTemplate.number(number) }
        if let list = value as? [Any] { return list.map(text).joined(separator: ", ") }
        return "\(value)"
    }

    /// JSON numbers arrive as Int, Double or NSNumber depending on the platform and the value.
    private static func number(_ value: Any?) -> Double? {
        switch value {
        case let double as Double: double
        case let int as Int: Double(int)
        case let number as NSNumber: number.doubleValue
        default: nil
        }
    }
}
