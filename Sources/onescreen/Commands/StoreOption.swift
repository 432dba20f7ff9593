import ArgumentParser
import OneScreenCore

/// `--store PATH`, shared by every subcommand.
struct StoreOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite store.", valueName: "path"))
    var store: String?

    var path: String { store.map { StoreLocation.expand($0) } ?? StoreLocation.defaultPath() }

    func open() throws -> Store {
        try open(configured: nil)
    }

    /// The store `--store` names, else the one the config names (`configured`), else the default.
    func open(configured: String?) throws -> Store {
        let path = store.map { StoreLocation.expand($0) } ?? configured ?? StoreLocation.defaultPath()
        do { return try Store(path: path) } catch { throw ValidationError("\(error)") }
    }
}
