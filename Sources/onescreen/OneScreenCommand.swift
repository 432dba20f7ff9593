import ArgumentParser

@main
struct OneScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onescreen",
        abstract: "一屏尽览 — the whole business on one terminal screen: quality, customers, contracts, alerts.",
        subcommands: [IngestCommand.self, GenerateCommand.self, StatusCommand.self],
        defaultSubcommand: StatusCommand.self
    )
}
