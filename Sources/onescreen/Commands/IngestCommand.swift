import ArgumentParser
import Foundation
import OneScreenCore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Validate records (JSON Lines or CSV) and store the good ones.",
        discussion: """
        Each bad row is reported on stderr as FILE:LINE: field: reason and kept in the store's rejects;
        the last line is a summary. Exit status: 0 all stored, 1 some rows rejected (the good ones are
        stored), 2 some input could not be read. A directory ingests its .jsonl and .csv files, customers
        and contracts before what refers to them. Each batch is judged by the alert rules of the config,
        and its hooks run, as when the collector ingests.
        """
    )

    @OptionGroup var store: StoreOption

    @OptionGroup var config: ConfigOption

    @Argument(help: ArgumentHelp("Files or directories to ingest; - reads standard input.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("Record type of CSV input whose file name does not say it.", valueName: "type"))
    var type: RecordType?

    @Option(help: ArgumentHelp("Lineage name stored with each row (default: the file name).", valueName: "name"))
    var source: String?

    func run() throws {
        // The configured rules and hooks, so data ingested here raises what the collector would raise.
        let config = try self.config.load()
        let store = try self.store.open(config: config)
        let (inputs, unreadable) = IngestInput.resolve(paths: paths, type: type)
        let errors = StandardError()
        for message in unreadable { errors.line(message) }
        let ingestor = Ingestor(writer: StoreWriter(store: store), options: .init(sourceName: source),
                                now: { Instant.now }, report: { errors.line($0.description) })
        // Rules are judged after every batch, so ingesting data raises its alerts whoever ingests it.
        let offset = UTCOffset.current()
        let alerts = AlertEngine(store: store, rules: config.alertRules, hooks: config.alertHooks, utcOffset: offset,
                                 reporter: StoreAlertReporter(store: store, utcOffset: offset))
        ingestor.onBatch { records in
            errors.flush()
            try alerts.evaluate(after: records, now: .now)
        }
        var summary = ingestor.run(inputs)
        summary.unreadable += unreadable.count
        // Hooks run detached; give them their time before the process that watches them exits.
        alerts.hooks.waitUntilIdle(timeout: alerts.hooks.longestTimeout + .seconds(1))
        errors.flush()
        print(summary.line)
        // Data in the default store replaces the demo on the next `onescreen`: say where it went and how back.
        if self.store.store == nil, config.store == nil {
            errors.line("stored in \(self.store.path): onescreen now shows this store; onescreen --demo shows the demo again")
            errors.flush()
        }
        throw ExitCode(summary.exitCode)
    }
}

extension RecordType: ExpressibleByArgument {}
