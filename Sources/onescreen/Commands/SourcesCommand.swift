import ArgumentParser
import Foundation
import OneScreenCore

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Print each data source's health: state, last success, last error, rows accepted and rejected, next run.",
        discussion: """
        States: ok, late (a run is overdue or still going), failing (the last run failed), disabled. FAILED counts the \
        runs in a row that failed. A stream (stream: true) shows since when it runs, its lines per second and how \
        often it was restarted; its next run is when it is restarted after an end, or its next health report.
        """
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
        let header = ["NAME", "KIND", "STATE", "LAST SUCCESS", "ACCEPTED", "REJECTED", "NEXT RUN", "FAILED", "STREAM", "LAST ERROR"]
        // Errors quote plug-ins' stderr and HTTP bodies: sanitised before they are measured and printed.
        let rows = statuses.map { s in
            [s.name, s.kind, s.state.rawValue, s.lastSuccess?.description ?? "-", "\(s.accepted)", "\(s.rejected)",
             s.nextRun?.description ?? "-", "\(s.failedRuns ?? 0)", s.stream.map(Self.stream) ?? "-", s.lastError ?? ""].map(Sanitizer.line)
        }
        let widths = header.indices.dropLast().map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let cells = row.enumerated().map { index, cell in
                index < widths.count ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) : cell
            }
            print(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
    }

    /// `since 2026-11-23T08:00:00Z, 12.5 lines/s, 2 restarts` (or `down` while it waits to be restarted), and the lag.
    static func stream(_ stream: SourceStatus.Stream) -> String {
        let running = stream.since.map { "since \($0), " + String(format: "%.1f lines/s", stream.linesPerSecond) } ?? "down"
        let restarts = stream.restarts == 1 ? "1 restart" : "\(stream.restarts) restarts"
        return [running, restarts, stream.lag.map { "lagging: " + $0 }].compactMap { $0 }.joined(separator: ", ")
    }

    static func json(_ statuses: [SourceStatus], collector: String?) throws -> String {
        let objects: [[String: Any]] = statuses.map { s in
            var object: [String: Any] = [
                "name": s.name, "kind": s.kind, "state": s.state.rawValue, "accepted": s.accepted, "rejected": s.rejected,
            ]
            object["last_success"] = s.lastSuccess?.description ?? NSNull()
            object["last_error"] = s.lastError ?? NSNull()
            object["next_run"] = s.nextRun?.description ?? NSNull()
            object["failed_runs"] = s.failedRuns ?? 0
            object["stream"] = s.stream.map { stream -> [String: Any] in
                ["since": stream.since?.description ?? NSNull(), "lines_per_second": stream.linesPerSecond,
                 "restarts": stream.restarts, "lag": stream.lag ?? NSNull()]
            } ?? NSNull()
            return object
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
