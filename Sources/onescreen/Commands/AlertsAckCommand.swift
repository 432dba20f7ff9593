import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen alerts ack ID [--note TEXT]`: the OS user acknowledges, and the audit log says so.
struct AlertsAckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Acknowledge a firing alert as the OS user, with an optional note (written to the audit log)."
    )

    @OptionGroup var shared: StoreAccess

    @Argument(help: ArgumentHelp("The alert's id (see onescreen alerts).", valueName: "id"))
    var id: Int64

    @Option(help: ArgumentHelp("Why, or what is being done about it.", valueName: "text"))
    var note: String?

    func run() throws {
        let (store, viewer) = try shared.openToActOnAlerts()
        do {
            let alert = try store.acknowledgeAlert(id: id, by: viewer.user, role: viewer.role.name, note: note, at: .now)
            print(Sanitizer.line("acknowledged \(alert.id) \(alert.level.label) \(alert.rule) \(alert.subject) as \(viewer.user)"))
        } catch let error as AlertActionError {
            throw Refusal("\(error)")
        }
    }
}
