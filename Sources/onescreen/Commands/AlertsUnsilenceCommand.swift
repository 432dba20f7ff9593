import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen alerts unsilence ID`: ends a silence now, so its rule's or subject's hooks run again.
struct AlertsUnsilenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsilence",
        abstract: "End a silence now, as the OS user (written to the audit log)."
    )

    @OptionGroup var options: ServiceOptions

    @Argument(help: ArgumentHelp("The silence's id (see onescreen alerts silences).", valueName: "id"))
    var id: Int64

    func run() throws {
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        let silence = try serviceCall { () throws(ServiceError) in try service.unsilence(id) }
        print(Sanitizer.line("ended silence \(silence.id) of \(silence.target.pattern) as \(service.viewer.user)"))
    }
}
