import Foundation
import GRDB
import OneScreenCore
import OneScreenTestSupport
import Testing

/// `onescreen ingest` as a real child process: exit codes, stderr format, and a SIGKILL mid-run.
@Suite struct IngestProcessTests {
    let dir = TemporaryDirectory("ingest-e2e")

    @Test func reportsBadRowsOnStderrAndExitsOne() throws {
        let file = dir.write("mixed.jsonl", """
            {"type":"customer","id":"C1","name":"甲","kind":"canteen","region":"华北","channel":"直营","since":"2024-01-02"}
            {"type":"order","id":"O1","customer":"C9","time":1795392000,"amount":1,"category":"c","channel":"x"}
            """)
        let r = try BuiltBinary.run(["ingest", "--store", dir.file("s.sqlite"), file])
        #expect(r.status == 1)
        #expect(r.stderr == "\(file):2: customer: unknown customer 'C9' (not in the store, nor earlier in this run)\n")
        #expect(r.stdout == "accepted 1, rejected 1, duplicates 0\n")
    }

    @Test func readsStandardInputAndExitsTwoOnMissingFile() throws {
        let ok = try BuiltBinary.run(["ingest", "--store", dir.file("s.sqlite"), "-"],
                                     stdin: #"{"type":"customer","id":"C1","name":"甲","kind":"canteen","region":"华北","channel":"直营","since":"2024-01-02"}"# + "\n")
        #expect(ok.status == 0)
        #expect(ok.stdout == "accepted 1, rejected 0, duplicates 0\n")
        let missing = try BuiltBinary.run(["ingest", "--store", dir.file("s.sqlite"), dir.file("absent.csv")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("absent.csv: no such file or directory"))
    }

    /// A process killed mid-ingest leaves whole batches only, and the store opens cleanly afterwards.
    @Test func killDuringIngestLeavesWholeBatches() throws {
        let path = dir.file("big.jsonl")
        let rows = 400_000
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var chunk = ""
        for i in 0..<rows {
            chunk += #"{"type":"reading","metric":"truck.temp","site":"沪A·冷链\#(i % 8)","stage":"transport","time":\#(1_790_000_000 + i),"value":3.5,"unit":"°C"}"# + "\n"
            if chunk.utf8.count > 1 << 20 { handle.write(Data(chunk.utf8)); chunk = "" }
        }
        handle.write(Data(chunk.utf8))
        try handle.close()

        let store = dir.file("kill.sqlite")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.environment = ProcessInfo.processInfo.environment.merging(IsolatedHome.environment) { $1 }
        process.arguments = ["ingest", "--store", store, path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Kill once at least one batch has committed but before the end.
        var seen = 0
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            // A fresh read-only connection each time: the file may not exist yet when the child starts.
            if let reader = try? DatabaseQueue(path: store, configuration: { var c = Configuration(); c.readonly = true; return c }()) {
                seen = (try? reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM reading") ?? 0 }) ?? 0
                try? reader.close()
            }
            if seen >= IngestLimits.batchRows { break }
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let reopened = try Store(path: store)
        let counts = Dictionary(uniqueKeysWithValues: try reopened.tableCounts())
        let kept = counts["reading"]!
        #expect(seen >= IngestLimits.batchRows, "no batch committed before the kill")
        #expect(kept < rows, "the ingest finished before it could be killed")
        #expect(kept % IngestLimits.batchRows == 0, "a partial batch survived: \(kept) rows")
        let check = try DatabaseQueue(path: store).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
    }
}
