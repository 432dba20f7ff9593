import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen alerts silences [--json]`: the silences in force, with who made them, why and until when.
struct AlertsSilencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "silences",
        abstract: "List the silences in force (written to the audit log).",
        discussion: "--json prints one array of objects with id, target, until, created_by, created_at (RFC 3339) and note."
    )

    @OptionGroup var options: ServiceOptions

    @Flag(help: "One JSON array for scripts.")
    var json = false

    func run() throws {
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        let silences = try serviceCall { () throws(ServiceError) in try service.silences() }
        let offset = UTCOffset.current()
        if json {
            print(AlertJSON.text(silences.map { silence -> [String: Any] in
                ["id": silence.id, "target": silence.target.pattern, "until": silence.until.rfc3339(utcOffset: offset),
                 "created_by": silence.createdBy, "created_at": silence.createdAt.rfc3339(utcOffset: offset),
                 "note": silence.note ?? NSNull()]
            }, pretty: true))
            return
        }
        for silence in silences {
            print(Sanitizer.line("\(silence.id)  \(silence.target.pattern)  until \(silence.until.rfc3339(utcOffset: offset))  "
                  + "by \(silence.createdBy)" + (silence.note.map { "  \($0)" } ?? "")))
        }
    }
}
