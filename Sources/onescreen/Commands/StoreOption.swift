import ArgumentParser
import OneScreenCore

/// `--store PATH`, shared by every subcommand.
struct StoreOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite store.", valueName: "path"))
    var store: String?

    var path: String { store.map { StoreLocation.expand($0) } ?? StoreLocation.defaultPath() }

    /// The store `--store` names, else the one the config names, else the default; created with the config's
    /// `store_group` when it is new.
    func open(config: Config? = nil) throws -> Store {
        let path = store == nil ? config?.store ?? self.path : self.path
        do { return try Store(path: path, group: config?.storeGroup) } catch { throw ValidationError("\(error)") }
    }
}
