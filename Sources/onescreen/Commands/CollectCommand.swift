import ArgumentParser
import Foundation
import Logging
import OneScreenCore

struct CollectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "Run the configured sources headless (servers, systemd), writing into the store.",
        discussion: """
        Any number of onescreen processes may share a store; exactly one collects, holding a lease in the store
        that it renews every 2 s. When it dies another takes over within 10 s. SIGINT and SIGTERM stop the
        sources (killing running plug-ins) and give the lease up; SIGHUP reloads the config (an invalid new config
        is reported and the old one kept).
        """
    )

    @OptionGroup var config: ConfigOption
    @OptionGroup var store: StoreOption

    @Option(help: ArgumentHelp("Append the log to this file instead of stderr.", valueName: "file"))
    var log: String?

    @Option(help: ArgumentHelp("Least important log level written: trace, debug, info, notice, warning, error.", valueName: "level"))
    var logLevel: Logger.Level = .info

    func run() async throws {
        let loaded = try config.load()
        let handler = try LogLineHandler.open(path: log, level: logLevel)
        let logger = Logger(label: "onescreen.collect") { _ in handler }
        let store = try self.store.open(config: loaded)
        let collector = Collector(config: loaded, store: store, logger: logger,
                                  reporter: StoreAlertReporter(store: store, utcOffset: UTCOffset.current()))
        logger.info("collecting into \(store.path)", metadata: ["config": "\(loaded.file.isEmpty ? "(none)" : loaded.file)"])
        await collector.start()
        for await signal in SignalStream.make([SIGINT, SIGTERM, SIGHUP]) {
            guard signal == SIGHUP else {
                logger.notice("signal \(signal): stopping")
                break
            }
            do {
                let fresh = try ConfigLoader.load(path: config.config)
                await collector.reload(fresh)
                // A reload can change roles, grades and the commands run: the trail must show who and when.
                try? store.appendAudit(AuditEntry(
                    at: .now, user: PeerIdentity.current.user, role: "collector", action: "config_reload",
                    subject: fresh.file.isEmpty ? "(defaults)" : fresh.file))
            } catch {
                logger.error("SIGHUP: the new config is invalid; keeping the old one")
                for problem in error.problems { logger.error("\(problem)") }
            }
        }
        await collector.stop()
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
