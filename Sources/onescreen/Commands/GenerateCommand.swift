import ArgumentParser
import Foundation
import OneScreenCore

/// `onescreen generate`: the deterministic sample data set, every record type of RECORDS.md.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write deterministic sample data (every record type) into a directory.",
        discussion: """
        The same seed, scale and end give byte-identical files. The shipped sample-data/ is what \
        `onescreen generate --seed 1 --out sample-data` writes; scale 18 gives about 960,000 readings. \
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
    var end: Instant?

    func validate() throws {
        guard scale > 0, scale <= SampleGenerator.maxScale else {
            throw ValidationError("--scale must be more than 0 and at most \(Int(SampleGenerator.maxScale)) (about 54 million readings, 10 GB)")
        }
    }

    func run() throws {
        let generator = SampleGenerator(seed: seed, scale: scale, end: endDate)
        let directory = URL(fileURLWithPath: out)
        let files = try generator.write(to: directory)
        let paths = files.map { directory.appendingPathComponent($0.name).relativePath }
        let width = paths.map(\.count).max() ?? 0
        for (path, file) in zip(paths, files) {
            print(path.padding(toLength: width, withPad: " ", startingAt: 0) + Self.column(file.rows, 9) + " rows"
                + Self.column(file.bytes, 11) + " bytes")
        }
        print("\(files.count) files, \(files.map(\.rows).reduce(0, +)) rows, \(files.map(\.bytes).reduce(0, +)) bytes")
        for excursion in generator.excursions {
            let until = excursion.end.map(Self.local) ?? "ongoing"
            print("excursion \(excursion.id) \(excursion.site) \(excursion.metric) \(Self.local(excursion.start)) → \(until), "
                + "peak \(excursion.peak)")
        }
        for spike in generator.spikes {
            print("spike \(spike.id) \(spike.site) \(spike.metric) \(Self.local(spike.time)), value \(spike.value)")
        }
    }

    private static func column(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(1, width - text.count)) + text
    }

    /// The sample data's own offset, +08:00, so the times match what the files say.
    private static func local(_ date: Date) -> String {
        Instant(seconds: date.timeIntervalSince1970).rfc3339(utcOffset: 8 * 3600)
    }

    private var endDate: Date {
        end.map { Date(timeIntervalSince1970: $0.seconds) } ?? SampleGenerator.defaultEnd
    }
}
