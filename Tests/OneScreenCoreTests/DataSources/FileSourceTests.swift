import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The file source on real files and a real store: tailing through appends, half-written lines, truncation and
/// rotation, resuming from a checkpoint; and a drop folder sorting its files into done/ and failed/.
@Suite struct FileSourceTests {
    let dir = TemporaryDirectory("file-source")
    let store: Store
    let intake: RecordIntake

    init() throws {
        store = try Store(path: dir.file("store.sqlite"))
        intake = RecordIntake(store: store, alerts: AlertEngine(store: store, utcOffset: 0), now: { .now })
    }

    static func reading(_ second: Int) -> String {
        #"{"type":"reading","metric":"warehouse.temp","site":"沪·冷库01","stage":"warehouse","time":\#(1_790_000_000 + second),"value":2.5,"unit":"°C"}"# + "\n"
    }

    /// Runs `source` once, returning its checkpoint and what it ingested.
    func run(_ source: any DataSource, checkpoint: String? = nil) async throws -> (String?, IngestSummary) {
        let tally = RunTally()
        let intake = self.intake
        let context = SourceRunContext(name: "file", timeout: .seconds(10), checkpoint: checkpoint, environment: [:], now: { .now }) { input in
            let report = await intake.ingest(input, source: "file")
            tally.endIngest(report, at: .now)
            return report
        }
        let next = try await source.run(context)
        return (next, tally.total.summary)
    }

    func readings() throws -> Int { try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM reading") ?? 0 } }

    func append(_ path: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test func tailsThroughHalfLinesTruncationAndRotation() async throws {
        let path = dir.write("live.jsonl", Self.reading(1) + Self.reading(2))
        let source = FileTailSource(path: path, format: nil, type: nil)
        var (_, summary) = try await run(source)
        #expect(summary.accepted == 2)

        // A line still being written waits for its end.
        let third = Self.reading(3), fourth = Self.reading(4)
        try append(path, third + String(fourth.prefix(40)))
        (_, summary) = try await run(source)
        #expect(summary.accepted == 1)
        #expect(summary.rejected == 0)
        try append(path, String(fourth.dropFirst(40)))
        (_, summary) = try await run(source)
        #expect(summary.accepted == 1, "the line finished since")

        // Truncated in place (logrotate copytruncate): start again from the top.
        try Data(Self.reading(5).utf8).write(to: URL(fileURLWithPath: path))
        (_, summary) = try await run(source)
        #expect(summary.accepted == 1)

        // Rotated: renamed away, the writer adds one more line to the old file, then a new file appears.
        try append(path, Self.reading(6))
        (_, summary) = try await run(source)
        #expect(summary.accepted == 1)
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        try append(path + ".1", Self.reading(7))
        dir.write("live.jsonl", Self.reading(8))
        (_, summary) = try await run(source)
        #expect(summary.accepted == 2, "the rest of the old file and the new file")
        #expect(summary.duplicates == 0)
        #expect(try readings() == 8)
    }

    @Test func aNewCollectorResumesFromTheCheckpointInsteadOfRereading() async throws {
        let path = dir.write("live.jsonl", Self.reading(1) + "not a record\n" + Self.reading(2))
        let (checkpoint, first) = try await run(FileTailSource(path: path, format: nil, type: nil))
        #expect(first.accepted == 2)
        #expect(first.rejected == 1)
        try append(path, Self.reading(3))
        let (_, second) = try await run(FileTailSource(path: path, format: nil, type: nil), checkpoint: checkpoint)
        #expect(second.accepted == 1)
        #expect(second.rejected == 0, "the bad line was read again")
        #expect(second.duplicates == 0)
    }

    @Test func csvChunksAfterTheFirstReuseTheHeader() async throws {
        let header = "metric,site,stage,time,value,unit\n"
        let path = dir.write("lab.csv", header + "lab.ph,鲁·加工厂01,plant,1790000001,6.1,pH\n")
        let source = FileTailSource(path: path, format: nil, type: .reading)
        var (_, summary) = try await run(source)
        #expect(summary.accepted == 1)
        try append(path, "lab.ph,鲁·加工厂01,plant,1790000002,6.2,pH\n")
        (_, summary) = try await run(source)
        #expect(summary.accepted == 1)
        #expect(summary.rejected == 0)
    }

    @Test func aDropFolderMovesGoodFilesToDoneAndBadOnesToFailedWithTheirErrors() async throws {
        let drop = dir.file("drop")
        dir.write("drop/good.jsonl", Self.reading(1))
        dir.write("drop/mixed.jsonl", Self.reading(2) + #"{"type":"reading","metric":"x"}"# + "\n")
        dir.write("drop/incoming.jsonl.tmp", Self.reading(3))
        dir.write("drop/fresh.jsonl", Self.reading(4))
        let settled = Date().addingTimeInterval(-2 * DropDirectorySource.settleSeconds)
        for name in ["good.jsonl", "mixed.jsonl", "incoming.jsonl.tmp"] {
            try FileManager.default.setAttributes([.modificationDate: settled], ofItemAtPath: drop + "/" + name)
        }
        let (_, summary) = try await run(DropDirectorySource(directory: drop, format: nil, type: nil))
        #expect(summary.accepted == 2)
        #expect(summary.rejected == 1)
        let files = try FileManager.default.subpathsOfDirectory(atPath: drop).sorted()
        #expect(files == ["done", "done/good.jsonl", "failed", "failed/mixed.jsonl", "failed/mixed.jsonl.errors", "fresh.jsonl", "incoming.jsonl.tmp"])
        let errors = try String(contentsOfFile: drop + "/failed/mixed.jsonl.errors", encoding: .utf8)
        #expect(errors.hasPrefix("\(drop)/mixed.jsonl:2: "))
        #expect(errors.hasSuffix("accepted 1, rejected 1, duplicates 0\n"))
    }
}
