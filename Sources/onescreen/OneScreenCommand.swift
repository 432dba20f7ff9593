import ArgumentParser
import Foundation
import OneScreenCore

@main
struct OneScreenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onescreen",
        abstract: "一屏尽览 — the whole business on one terminal screen: quality, customers, contracts, alerts.",
        discussion: """
        Exit status: 0 done; 1 rows were rejected (the good ones are stored); 2 nothing could be done (a store or
        file that cannot be opened, a refusal, no terminal); 64 a usage error.
        """,
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
            SeriesCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Runs the command as ArgumentParser would, except that a command that fails (a refusal, a store that will not
    /// open, a file that cannot be read) exits 2 rather than ArgumentParser's 1, which the README keeps for "rows
    /// rejected, the good ones stored". Usage errors keep ArgumentParser's 64, `ExitCode`s their own.
    static func main() async {
        var command: any ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let error where error is ExitCode || error is ValidationError || error is CleanExit
                    || exitCode(for: error) == .success {
            // The last: `--help` parses as ArgumentParser's help command, whose run throws the help to print.
            exit(withError: error)
        } catch {
            FileHandle.standardError.write(Data("Error: \(Sanitizer.line(StoreError.describe(error)))\n".utf8))
            Foundation.exit(Refusal.exitStatus)
        }
    }
}
