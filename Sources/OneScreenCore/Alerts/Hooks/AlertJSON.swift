import Foundation

/// An alert as JSON for scripts (`onescreen alerts --json`) and hooks: the stable field names of the CLI
/// contract, times in RFC 3339 at the store's offset, `level` a number 1–4, and the rule's detail as an object.
public enum AlertJSON {
    public static func object(_ alert: AlertRecord, utcOffset: Int) -> [String: Any] {
        func time(_ instant: Instant?) -> Any { instant.map { $0.rfc3339(utcOffset: utcOffset) } ?? NSNull() }
        let detail: Any = alert.detail.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } ?? NSNull()
        return [
            "id": alert.id, "fingerprint": alert.fingerprint, "rule": alert.rule, "level": alert.level.rawValue,
            "state": alert.state.rawValue, "subject": alert.subject, "message": alert.message,
            "first_seen": time(alert.firstSeen), "last_seen": time(alert.lastSeen), "count": alert.count,
            "acked_by": alert.ackedBy ?? NSNull(), "acked_at": time(alert.ackedAt), "ack_note": alert.ackNote ?? NSNull(),
            "resolved_at": time(alert.resolvedAt), "detail": detail,
        ]
    }

    /// One JSON text of `objects` (an array) or of one object; keys sorted so output diffs cleanly.
    public static func text(_ value: Any, pretty: Bool = false) -> String {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// What a hook reads on standard input for one alert: the alert, its event, whether it is a reminder, and its
    /// report (null when none could be written).
    static func hookObject(_ delivery: HookDelivery, report: String?, utcOffset: Int) -> [String: Any] {
        var object = self.object(delivery.alert, utcOffset: utcOffset)
        object["event"] = delivery.kind.rawValue
        object["repeat"] = delivery.isRepeat
        object["report"] = report ?? NSNull()
        return object
    }

    /// What a grouped hook reads: what its alerts share (`group_by`), how many, each alert as a single hook reads
    /// it, and all their reports as one text, ready to mail.
    static func groupObject(_ group: [String: String], alerts: [[String: Any]], report: String) -> [String: Any] {
        ["group": group, "count": alerts.count, "alerts": alerts, "report": report]
    }
}
