import ArgumentParser
import OneScreenCore

/// What the store holds, table by table: a quick look at what ingest and the collector wrote.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Print what the store holds.")

    @OptionGroup var options: ServiceOptions

    func run() throws {
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        let status = try serviceCall { () throws(ServiceError) in try service.status() }
        print("store: \(status.path)")
        for table in status.tables { print("\(table.name): \(table.rows)") }
    }
}
