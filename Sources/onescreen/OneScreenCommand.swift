import ArgumentParser

@main
struct OneScreenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onescreen",
        abstract: "一屏尽览 — the whole business on one terminal screen: quality, customers, contracts, alerts.",
        subcommands: [
            DashboardCommand.self,
            IngestCommand.self,
            AlertsCommand.self,
            SnapshotCommand.self,
            GenerateCommand.self,
            AuditCommand.self,
            StatusCommand.self,
            PruneCommand.self,
            CheckCommand.self,
            CollectCommand.self,
            MigrateCommand.self,
            ServeCommand.self,
            SourcesCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
