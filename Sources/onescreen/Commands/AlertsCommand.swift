import ArgumentParser

/// `onescreen alerts`: list, acknowledge and silence alerts from a shell or a script.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "List, acknowledge and silence alerts.",
        subcommands: [AlertsListCommand.self, AlertsAckCommand.self, AlertsSilenceCommand.self],
        defaultSubcommand: AlertsListCommand.self
    )
}
