import ArgumentParser
import OneScreenCore

/// What the store holds, table by table: a quick look at what ingest and the collector wrote.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Print what the store holds.")

    @OptionGroup var store: StoreOption
    @OptionGroup var config: ConfigOption

    func run() throws {
        let store = try self.store.openExisting(config: try config.load())
        print("store: \(store.path)")
        for (table, count) in try store.tableCounts() { print("\(table): \(count)") }
    }
}
