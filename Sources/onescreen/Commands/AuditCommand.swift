import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen audit`: the trail of views of classified records, acknowledgements, silences and config reloads.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Print the audit trail (who saw or did what, as which role, when).")

    @OptionGroup var options: ServiceOptions

    @Option(help: ArgumentHelp("Only rows at or after this time (RFC 3339, a date like 2026-12-01, epoch seconds, or an age like 24h).", valueName: "time"))
    var since: String?

    @Flag(help: "One JSON array for scripts.")
    var json = false

    func run() throws {
        let now = Instant.now
        let from = try since.map { text -> Instant in
            guard let instant = TimeArgument.instantOrAge(text, now: now, utcOffset: UTCOffset.current()) else {
                throw ValidationError("--since \(text.prefix(40)): use \(TimeArgument.accepted), or an age such as 90m, 24h, 7d")
            }
            return instant
        }
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        let entries = try serviceCall { () throws(ServiceError) in try service.audit(since: from) }
        let offset = UTCOffset.current()
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
            // A note is typed by whoever acknowledged: sanitised, so it cannot forge a line or retitle the terminal.
            print(Sanitizer.line("\(entry.at.rfc3339(utcOffset: offset))  \(entry.user)  \(entry.role)  \(entry.action)  \(entry.subject)\(detail)"))
        }
    }
}
