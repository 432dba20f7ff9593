import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen alerts silence RULE|SUBJECT --for 2h`: no hooks for it until then; the alerts are still recorded.
struct AlertsSilenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "silence",
        abstract: "Mute the notification hooks of a rule or subject for a while (written to the audit log).",
        discussion: "Alerts are still raised and shown; only the hooks stay quiet. TARGET may use * and ? (e.g. 'standard/*')."
    )

    @OptionGroup var options: ServiceOptions

    @Argument(help: ArgumentHelp("A rule name or an alert subject, or a pattern of either.", valueName: "target"))
    var target: String

    @Option(name: .customLong("for"), help: ArgumentHelp("How long, e.g. 30m, 2h, 1d.", valueName: "duration"))
    var duration: String

    @Option(help: ArgumentHelp("Why.", valueName: "text"))
    var note: String?

    func validate() throws {
        do {
            _ = try Silence.duration(duration)
        } catch {
            throw ValidationError("--for \(duration): \(error)")
        }
    }

    func run() throws {
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        let request = SilenceRequest(target: .pattern(target), duration: try Silence.duration(duration), note: note)
        let outcome = try serviceCall { () throws(ServiceError) in try service.silence(request) }
        let offset = UTCOffset.current()
        let open = outcome.openMatching
        print(Sanitizer.line("silenced \(target) until \(outcome.until.rfc3339(utcOffset: offset)); \(open) open alert\(open == 1 ? "" : "s") match"))
    }
}
