import ArgumentParser
import OneScreenCore

/// Until the screen exists: what the store holds.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Print what the store holds.")

    @OptionGroup var store: StoreOption

    func run() throws {
        let store = try self.store.open()
        print("store: \(store.path)")
        for (table, count) in try store.tableCounts() { print("\(table): \(count)") }
    }
}
