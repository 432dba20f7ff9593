import ArgumentParser
import OneScreenCore

struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Delete readings and rollups older than the config's retention.",
        discussion: """
        Raw readings older than retention.raw (default 90d), minute rollups older than retention.minute (1y) and
        hour rollups older than retention.hour (forever) are deleted, a few thousand rows per transaction so that a
        running collector and viewers are not held up. Nothing shown is lost: pages read the rollups where raw
        readings are gone. The collector does the same every few minutes; this is for stores nobody collects into.
        """
    )

    @OptionGroup var store: StoreOption

    @OptionGroup var config: ConfigOption

    @Flag(help: "Then rewrite the store so the file shrinks by what was freed (writers wait meanwhile; needs free disk the size of the store).")
    var vacuum = false

    func run() throws {
        let config = try self.config.load()
        let store = try self.store.openExisting(config: config)
        let pruned = try store.prune(config.retention, now: .now)
        print("\(store.path): deleted \(pruned.raw) raw readings, \(pruned.minute) minute and \(pruned.hour) hour rollups, \(pruned.rejects) rejected rows")
        guard vacuum else { return }
        let (before, after) = try store.vacuum()
        print("\(store.path): \(before >> 20) MiB → \(after >> 20) MiB")
    }
}
