import Foundation
import GRDB
import OneScreenCore
import OneScreenTestSupport
import Testing

/// The shipped `sample-data/` through the real binary: it ingests cleanly, exactly once, and it is what
/// `onescreen generate --seed 1` writes today, README included.
@Suite struct SampleDataTests {
    /// `sample-data/` at the top of the repository, found from this file's place in it.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data").path

    /// The record files of a directory, by name.
    static func recordFiles(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".jsonl") || $0.hasSuffix(".csv") }
            .sorted()
    }

    /// Rows per store table that the shipped files hold. No generated field spans lines, so a row is a non-empty
    /// line, less the header of a CSV file.
    static func shippedRows() throws -> [String: Int] {
        var rows: [String: Int] = [:]
        for name in try recordFiles(folder) {
            let type = try #require(RecordType.named(byFile: name), "\(name) names no record type")
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            let lines = text.split(separator: "\n").count - (name.hasSuffix(".csv") ? 1 : 0)
            rows[type == .order ? "orders" : type.rawValue, default: 0] += lines
        }
        return rows
    }

    static func tableCounts(_ store: String) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try Store(path: store).tableCounts())
    }

    @Test func ingestAcceptsEveryShippedRowOnceAndOnlyOnce() throws {
        let dir = TemporaryDirectory("sample-ingest")
        let store = dir.file("store.sqlite")
        let expected = try Self.shippedRows()
        let total = expected.values.reduce(0, +)

        let first = try BuiltBinary.run(["ingest", "--store", store, Self.folder])
        #expect(first.stderr == "")
        #expect(first.stdout == "accepted \(total), rejected 0, duplicates 0\n")
        #expect(first.status == 0)
        let counts = try Self.tableCounts(store)
        for (table, rows) in expected { #expect(counts[table] == rows, "\(table)") }
        #expect(counts["reject"] == 0)

        let again = try BuiltBinary.run(["ingest", "--store", store, Self.folder])
        #expect(again.stdout == "accepted 0, rejected 0, duplicates \(total)\n")
        #expect(again.status == 0)
        #expect(try Self.tableCounts(store) == counts)
    }

    @Test func shippedFolderIsWhatGenerateWritesNow() throws {
        let dir = TemporaryDirectory("sample-regenerate")
        let result = try BuiltBinary.run(["generate", "--seed", "1", "--out", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        let generated = try Self.recordFiles(dir.path)
        #expect(try Self.recordFiles(Self.folder) == generated)
        for name in generated {
            #expect(result.stdout.contains(name))
            let shipped = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name))
            let fresh = try Data(contentsOf: URL(fileURLWithPath: dir.file(name)))
            #expect(shipped == fresh, "sample-data/\(name) is not what generate --seed 1 writes; regenerate it")
        }
    }

    /// The README's scenario names every excursion and spike with its site, metric and times as the data has them.
    @Test func readmeDescribesTheScenarioTheDataHolds() throws {
        let readme = try String(contentsOfFile: Self.folder + "/README.md", encoding: .utf8).split(separator: "\n")
        let generator = SampleGenerator(seed: 1)
        func local(_ date: Date) -> String { Instant(seconds: date.timeIntervalSince1970).rfc3339(utcOffset: 8 * 3600) }
        for excursion in generator.excursions {
            let facts = [excursion.id, excursion.site, excursion.metric, local(excursion.start), excursion.end.map(local) ?? "ongoing"]
            #expect(readme.contains { line in facts.allSatisfy { line.contains($0) } }, "README lacks \(facts)")
        }
        for spike in generator.spikes {
            let facts = [spike.id, spike.site, spike.metric, local(spike.time)]
            #expect(readme.contains { line in facts.allSatisfy { line.contains($0) } }, "README lacks \(facts)")
        }
    }
}
