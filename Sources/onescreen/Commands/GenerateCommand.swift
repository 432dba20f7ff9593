import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen generate`: the deterministic sample data set, every record type of RECORDS.md.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write deterministic sample data (every record type) into a directory.",
        discussion: """
        The same seed, scale and end give byte-identical files. The shipped sample-data/ is
        `onescreen generate --seed 1 --out sample-data`; scale 18 gives about a million readings.
        Ingest the result with `onescreen ingest DIR`.
        """
    )

    @Option(help: "Selects every random draw.")
    var seed: UInt64 = 1

    @Option(help: "Multiplies the number of readings (about 58,000 at 1); other records keep their counts.")
    var scale: Double = 1

    @Option(help: ArgumentHelp("Directory to write (created if needed; files of the same names are replaced).", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("Last instant of the data, RFC 3339 or epoch seconds.", valueName: "time"))
    var end: String?

    func validate() throws {
        guard scale > 0, scale.isFinite else { throw ValidationError("--scale must be a positive number") }
        if let end, TimestampParser.parse(end) == nil, Int64(end) == nil {
            throw ValidationError("--end '\(end)' is not an RFC 3339 time with offset or epoch seconds")
        }
    }

    func run() throws {
        let generator = SampleGenerator(seed: seed, scale: scale, end: endDate)
        let directory = URL(fileURLWithPath: out)
        let files = try generator.write(to: directory)
        let width = files.map(\.name.count).max() ?? 0
        for file in files {
            let name = file.name.padding(toLength: width, withPad: " ", startingAt: 0)
            print("\(directory.appendingPathComponent(name).relativePath)  \(file.rows) rows  \(file.bytes) bytes")
        }
        print("\(files.count) files, \(files.map(\.rows).reduce(0, +)) rows, \(files.map(\.bytes).reduce(0, +)) bytes")
        for excursion in generator.excursions {
            let until = excursion.end.map { Instant(seconds: $0.timeIntervalSince1970).rfc3339(utcOffset: 8 * 3600) } ?? "ongoing"
            print("excursion \(excursion.id) \(excursion.site) \(excursion.metric) "
                + "\(Instant(seconds: excursion.start.timeIntervalSince1970).rfc3339(utcOffset: 8 * 3600)) → \(until)")
        }
    }

    private var endDate: Date {
        guard let end else { return SampleGenerator.defaultEnd }
        let instant = TimestampParser.parse(end) ?? Instant(seconds: Int64(end)!)
        return Date(timeIntervalSince1970: instant.seconds)
    }
}
