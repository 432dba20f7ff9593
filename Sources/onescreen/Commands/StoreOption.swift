import ArgumentParser
import Foundation
import OneScreenCore

/// `--store PATH`, shared by every subcommand.
struct StoreOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store (embedded mode only): a SQLite file, or postgresql://user@host:port/db.", valueName: "path|url"))
    var store: String?

    var path: String { store.map { StoreLocation.expand($0) } ?? StoreLocation.defaultPath() }

    /// The store `--store` names, else the one the config names, else the default; created with the config's
    /// `store_group` when it is new.
    func open(config: Config? = nil) throws -> Store {
        try open(path: resolvedPath(config: config), config: config)
    }

    func open(path: String, config: Config?) throws -> Store {
        do { return try Store(StoreAddress(path), group: config?.storeGroup) } catch { throw Refusal(StoreError.describe(error)) }
    }

    /// Whether `path` names a store that is there: a file that exists, or any PostgreSQL URL (opening it says
    /// whether the database holds a store).
    static func exists(_ path: String) -> Bool {
        PostgresURL.names(path) || FileManager.default.fileExists(atPath: path)
    }

    /// The same store, for commands that only act on what is in it: a mistyped path or a forgotten `--config` must
    /// say so, not leave an empty store behind that later runs would take for the real one.
    func openExisting(config: Config? = nil) throws -> Store {
        let path = resolvedPath(config: config)
        guard Self.exists(path) else { throw Refusal(missingMessage(path: path)) }
        return try open(path: path, config: config)
    }

    func missingMessage(path: String) -> String {
        var message = "no store at \(path): name one with --store or --config, or fill it with onescreen ingest"
        // Someone who has only run the demo is most likely asking about it.
        let demo = DemoStore.path()
        if store == nil, FileManager.default.fileExists(atPath: demo) { message += " (the demo's store: --store \(demo))" }
        return message
    }

    func resolvedPath(config: Config?) -> String { store == nil ? config?.store ?? path : path }
}
