import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Files as a hostile or careless neighbour leaves them: a log truncated and regrown between polls, symlinks planted
/// in a drop folder, a FIFO in a directory given to ingest.
extension FileSourceTests {
    static func reading(_ second: Int, site: String) -> String {
        #"{"type":"reading","metric":"warehouse.temp","site":"\#(site)","stage":"warehouse","time":\#(1_790_000_000 + second),"value":2.5,"unit":"°C"}"# + "\n"
    }

    @Test func aFileTruncatedAndRegrownPastTheOffsetIsReadFromTheStart() async throws {
        let path = dir.write("live.jsonl", (1...3).map { Self.reading($0) }.joined())
        let source = FileTailSource(path: path, format: nil, type: nil)
        var (checkpoint, summary) = try await run(source)
        #expect(summary.accepted == 3)
        // copytruncate, then a fast writer: by the next poll the file is longer than before, all of it new.
        try Data((10...15).map { Self.reading($0, site: "沪·冷库02") }.joined().utf8).write(to: URL(fileURLWithPath: path))
        (checkpoint, summary) = try await run(source)
        #expect(summary.accepted == 6)
        #expect(summary.rejected == 0, "a half line read from the old offset")
        // A collector taking over from the checkpoint knows the file as read.
        let (_, again) = try await run(FileTailSource(path: path, format: nil, type: nil), checkpoint: checkpoint)
        #expect(again.accepted == 0 && again.duplicates == 0 && again.rejected == 0)
    }

    func settledDrop(_ files: [String: String]) throws -> String {
        let drop = dir.file("drop")
        for (name, text) in files { dir.write("drop/" + name, text) }
        let settled = Date().addingTimeInterval(-2 * DropDirectorySource.settleSeconds)
        for name in files.keys { try FileManager.default.setAttributes([.modificationDate: settled], ofItemAtPath: drop + "/" + name) }
        return drop
    }

    @Test func aPlantedFailedSymlinkIsRefusedAndNothingMovesThroughIt() async throws {
        let victim = dir.file("victim")
        try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: true)
        let drop = try settledDrop(["bad.jsonl": #"{"type":"reading"}"# + "\n"])
        try FileManager.default.createSymbolicLink(atPath: drop + "/failed", withDestinationPath: victim)
        await #expect(throws: SourceFailure.self) { try await run(DropDirectorySource(directory: drop, format: nil, type: nil)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim).isEmpty)
    }

    @Test func aPlantedErrorsSymlinkIsNeverWrittenThrough() async throws {
        let secret = dir.write("authorized_keys", "ssh-ed25519 AAAA key\n")
        let drop = try settledDrop(["bad.jsonl": #"{"type":"reading"}"# + "\n"])
        try FileManager.default.createDirectory(atPath: drop + "/failed", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: drop + "/failed/bad.jsonl.errors", withDestinationPath: secret)
        _ = try await run(DropDirectorySource(directory: drop, format: nil, type: nil))
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == "ssh-ed25519 AAAA key\n")
        let failed = try FileManager.default.contentsOfDirectory(atPath: drop + "/failed").sorted()
        #expect(failed == ["bad.jsonl.2", "bad.jsonl.2.errors", "bad.jsonl.errors"])
    }

    @Test func aSymlinkDroppedInTheFolderIsNotIngested() async throws {
        let outside = dir.write("outside.jsonl", Self.reading(1))
        let drop = try settledDrop([:])
        try FileManager.default.createDirectory(atPath: drop, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: drop + "/link.jsonl", withDestinationPath: outside)
        let (_, summary) = try await run(DropDirectorySource(directory: drop, format: nil, type: nil))
        #expect(summary.accepted == 0)
        #expect(FileManager.default.fileExists(atPath: outside))
    }

    @Test func aFIFOInADirectoryIsSkippedWithAMessage() throws {
        let folder = dir.file("in")
        dir.write("in/readings.jsonl", Self.reading(1))
        #expect(mkfifo(folder + "/pipe.jsonl", 0o600) == 0)
        let (inputs, unreadable) = IngestInput.resolve(paths: [folder], type: nil)
        #expect(inputs.map(\.name) == [folder + "/readings.jsonl"])
        #expect(unreadable == [folder + "/pipe.jsonl: skipped, a FIFO, not a regular file"])
    }
}
