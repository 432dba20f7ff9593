import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen alerts ack ID [--note TEXT]`: the OS user acknowledges, and the audit log says so.
struct AlertsAckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Acknowledge a firing alert as the OS user, with an optional note (written to the audit log)."
    )

    @OptionGroup var options: ServiceOptions

    @Argument(help: ArgumentHelp("The alert's id (see onescreen alerts).", valueName: "id"))
    var id: Int64

    @Option(help: ArgumentHelp("Why, or what is being done about it.", valueName: "text"))
    var note: String?

    func run() throws {
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        let alert = try serviceCall { () throws(ServiceError) in try service.acknowledge(alert: id, note: note) }
        print(Sanitizer.line("acknowledged \(alert.id) \(alert.level.label) \(alert.rule) \(alert.subject) as \(service.viewer.user)"))
    }
}
