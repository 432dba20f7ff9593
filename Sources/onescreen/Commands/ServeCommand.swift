import ArgumentParser
import Dispatch
import Foundation
import Logging
import OneScreenCore

/// `onescreen serve`: the one process that owns a shared store. It runs the sources and rules (the collector, with
/// its lease: a second `serve` on the same store is a standby), and answers viewers on a Unix socket, each as the
/// role its uid has in this config, masked and audited here.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Own the store and serve it to viewers on a Unix socket (identity = the peer's uid).",
        discussion: """
        The store (file 0600, folder 0700) belongs to the user that runs serve; viewers never open it. Roles, users,
        grades and retention come from this config only. socket: in the config sets the socket (default
        $XDG_RUNTIME_DIR/onescreen/onescreen.sock). SIGHUP reloads the config (audited with its SHA-256); SIGINT and
        SIGTERM stop. When another server listens on the socket, this one waits as a standby and takes over.
        """
    )

    @OptionGroup var config: ConfigOption
    @OptionGroup var store: StoreOption

    @Option(help: ArgumentHelp("Listen here instead of the config's socket: or the default.", valueName: "path"))
    var socket: String?

    @Option(help: ArgumentHelp("Append the log to this file instead of stderr.", valueName: "file"))
    var log: String?

    @Option(help: ArgumentHelp("Least important log level written: trace, debug, info, notice, warning, error.", valueName: "level"))
    var logLevel: Logger.Level = .info

    /// How often a standby tries the socket again: as often as the collector's lease is renewed.
    static let standbyRetrySeconds = 2.0

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        let loaded = try config.load()
        let handler = try LogLineHandler.open(path: log, level: logLevel)
        let logger = Logger(label: "onescreen.serve") { _ in handler }
        let path = store.resolvedPath(config: loaded)
        do { try StoreOwnership.secure(storePath: path) } catch { throw Refusal(error.description) }
        let opened = try store.open(path: path, config: loaded)
        do { try StoreOwnership.secure(storePath: path) } catch { throw Refusal(error.description) }
        let socketPath = socket.map { StoreLocation.expand($0) } ?? loaded.socket ?? ServerSocket.defaultPath()
        try audit(opened, action: "config_load", loaded)

        let collector = Collector(config: loaded, store: opened, logger: logger,
                                  reporter: StoreAlertReporter(store: opened, utcOffset: UTCOffset.current()))
        await collector.start()
        let server = try await listen(socketPath, store: opened, config: loaded, logger: logger)
        logger.info("serving \(opened.path) on \(socketPath)", metadata: ["config": "\(loaded.file.isEmpty ? "(none)" : loaded.file)"])
        let done = DispatchSemaphore(value: 0)
        let loop = Thread {
            do { try server.run() } catch { logger.error("server stopped: \(error)") }
            done.signal()
        }
        loop.start()
        for await signal in SignalStream.make([SIGINT, SIGTERM, SIGHUP]) {
            guard signal == SIGHUP else {
                logger.notice("signal \(signal): stopping")
                break
            }
            do {
                let fresh = try ConfigLoader.load(path: config.config)
                try audit(opened, action: "config_reload", fresh)
                server.reload(fresh)
                await collector.reload(fresh)
            } catch let error as ConfigError {
                logger.error("SIGHUP: the new config is invalid; keeping the old one")
                for problem in error.problems { logger.error("\(problem)") }
            } catch {
                // Fail closed: a config whose load cannot be audited is not taken.
                logger.error("SIGHUP: keeping the old config: \(error)")
            }
        }
        server.stop()
        done.wait()
        await collector.stop()
    }

    /// Binds the socket, or waits as a standby while another server holds it.
    private func listen(_ path: String, store: Store, config: Config, logger: Logger) async throws -> Server {
        var waiting = false
        while true {
            do {
                return try Server(socketPath: path, store: store, config: config, logger: logger)
            } catch ServerError.alreadyListening {
                if !waiting { logger.notice("another server listens at \(path): standing by") }
                waiting = true
                try await Task.sleep(for: .seconds(Self.standbyRetrySeconds))
            }
        }
    }

    /// One row per config taken, with the SHA-256 of its text, so the trail says which roles and grades were in force.
    private func audit(_ store: Store, action: String, _ config: Config) throws {
        let hash = try SHA256.hex(Array((config.document?.text ?? "").utf8))
        try store.appendAudit(AuditEntry(at: .now, user: PeerIdentity.current.user, role: "server", action: action,
                                         subject: config.file.isEmpty ? "(defaults)" : config.file, detail: "sha256 \(hash)"))
    }
}
