import ArgumentParser
import Foundation
import OneScreenCore

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Print each data source's health: state, last success, last error, rows accepted and rejected, next run.",
        discussion: "States: ok, late (a run is overdue or still going), failing (the last run failed), disabled."
    )

    @OptionGroup var options: ServiceOptions

    @Flag(help: "One JSON array of objects, for scripts.")
    var json = false

    func run() throws {
        let service = try options.connect(try options.config.load(), missing: .refuse).service
        let report = try serviceCall { () throws(ServiceError) in try service.sources() }
        let statuses = report.sources
        if json {
            print(try Self.json(statuses, collector: report.collector))
            return
        }
        print("collector: \(report.collector ?? "none")")
        guard !statuses.isEmpty else {
            print("no sources have run in this store")
            return
        }
        let header = ["NAME", "KIND", "STATE", "LAST SUCCESS", "ACCEPTED", "REJECTED", "NEXT RUN", "LAST ERROR"]
        // Errors quote plug-ins' stderr and HTTP bodies: sanitised before they are measured and printed.
        let rows = statuses.map { s in
            [s.name, s.kind, s.state.rawValue, s.lastSuccess?.description ?? "-", "\(s.accepted)", "\(s.rejected)",
             s.nextRun?.description ?? "-", s.lastError ?? ""].map(Sanitizer.line)
        }
        let widths = header.indices.dropLast().map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let cells = row.enumerated().map { index, cell in
                index < widths.count ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) : cell
            }
            print(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
    }

    static func json(_ statuses: [SourceStatus], collector: String?) throws -> String {
        let objects: [[String: Any]] = statuses.map { s in
            var object: [String: Any] = [
                "name": s.name, "kind": s.kind, "state": s.state.rawValue, "accepted": s.accepted, "rejected": s.rejected,
            ]
            object["last_success"] = s.lastSuccess?.description ?? NSNull()
            object["last_error"] = s.lastError ?? NSNull()
            object["next_run"] = s.nextRun?.description ?? NSNull()
            return object
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
