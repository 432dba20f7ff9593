import ArgumentParser

/// `onescreen alerts`: list, acknowledge and silence alerts from a shell or a script.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "List, acknowledge and silence alerts, and undo either.",
        subcommands: [AlertsListCommand.self, AlertsAckCommand.self, AlertsUnackCommand.self, AlertsSilenceCommand.self,
                      AlertsSilencesCommand.self, AlertsUnsilenceCommand.self],
        defaultSubcommand: AlertsListCommand.self
    )
}
