import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen audit`: the trail of views of classified records, acknowledgements, silences and config reloads.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Print the audit trail (who saw or did what, as which role, when).")

    @OptionGroup var options: ServiceOptions

    @Option(help: ArgumentHelp("Only rows at or after this time: RFC 3339 with its offset (2026-12-01T08:00:00+08:00), epoch seconds, or an age (90m, 24h, 7d).",
                               valueName: "time"))
    var since: String?

    @Flag(help: "One JSON array for scripts.")
    var json = false

    func run() throws {
        let now = Instant.now
        let from = try since.map { text -> Instant in
            if let instant = Instant(argument: text) { return instant }
            if let age = Duration(configText: text) { return now.adding(seconds: -age.secondsValue) }
            throw ValidationError("--since \(text): use RFC 3339 with its offset (2026-12-01T08:00:00+08:00), epoch seconds or an age such as 90m, 24h, 7d")
        }
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        let entries = try serviceCall { () throws(ServiceError) in try service.audit(since: from) }
        let offset = TimeZone.current.secondsFromGMT()
        if json {
            let objects = entries.map { entry -> [String: Any] in
                var object: [String: Any] = [
                    "id": entry.id ?? 0, "at": entry.at.rfc3339(utcOffset: offset), "user": entry.user,
                    "role": entry.role, "action": entry.action, "subject": entry.subject,
                ]
                object["detail"] = entry.detail ?? NSNull()
                return object
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        for entry in entries {
            let detail = entry.detail.map { "  \($0)" } ?? ""
            print("\(entry.at.rfc3339(utcOffset: offset))  \(entry.user)  \(entry.role)  \(entry.action)  \(entry.subject)\(detail)")
        }
    }
}
