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

    @OptionGroup var shared: StoreAccess

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
        let (store, viewer) = try shared.openToActOnAlerts()
        let now = Instant.now
        let until = now + (try Silence.duration(duration))
        let silence = try store.silence(target, until: until, by: viewer.user, role: viewer.role.name, note: note, at: now)
        let open = try store.alerts(AlertFilter(states: .open)).filter { silence.mutes(rule: $0.rule, subject: $0.subject, at: now) }
        let offset = TimeZone.current.secondsFromGMT()
        print(Sanitizer.line("silenced \(target) until \(until.rfc3339(utcOffset: offset)); \(open.count) open alert\(open.count == 1 ? "" : "s") match"))
    }
}
