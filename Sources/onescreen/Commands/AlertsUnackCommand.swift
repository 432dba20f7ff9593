import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen alerts unack ID`: an acknowledged alert fires again, and its reminders resume.
struct AlertsUnackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unack",
        abstract: "Put an acknowledged alert back to firing, as the OS user (written to the audit log)."
    )

    @OptionGroup var options: ServiceOptions

    @Argument(help: ArgumentHelp("The alert's id (see onescreen alerts).", valueName: "id"))
    var id: Int64

    func run() throws {
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        let alert = try serviceCall { () throws(ServiceError) in try service.unacknowledge(alert: id) }
        print(Sanitizer.line("un-acknowledged \(alert.id) \(alert.level.label) \(alert.rule) \(alert.subject) as \(service.viewer.user)"))
    }
}
