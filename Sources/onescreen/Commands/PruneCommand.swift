import ArgumentParser
import OneScreenCore

struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Delete readings and rollups older than the data side's retention (a server's config; your own for your own store).",
        discussion: """
        Raw readings older than retention.raw (default 90d), minute rollups older than retention.minute (1y) and
        hour rollups older than retention.hour (forever) are deleted, a few thousand rows per transaction so that a
        running collector and viewers are not held up. Nothing shown is lost: pages read the rollups where raw
        readings are gone. The collector does the same every few minutes; this is for stores nobody collects into.
        """
    )

    @OptionGroup var options: ServiceOptions

    @Flag(help: "Then rewrite the store so the file shrinks by what was freed (writers wait meanwhile; needs free disk the size of the store).")
    var vacuum = false

    func run() throws {
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        // The data side's retention: a server's own config, or in embedded mode the owner's.
        let report = try serviceCall { () throws(ServiceError) in try service.prune(vacuum: vacuum) }
        let pruned = report.deleted
        print("\(report.path): deleted \(pruned.raw) raw readings, \(pruned.minute) minute and \(pruned.hour) hour rollups, \(pruned.rejects) rejected rows")
        if let before = report.sizeBefore, let after = report.sizeAfter { print("\(report.path): \(before >> 20) MiB → \(after >> 20) MiB") }
    }
}
