import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Plug-ins that outlive their run or print without end: the run ends truthfully and memory stays bounded.
@Suite struct ExecFaultTests {
    @Test func aSetsidChildHoldingStdoutIsKilledWithTheRunAndReportedAsSuch() async throws {
        let h = try CollectorHarness("exec-setsid")
        let now = Int(Date().timeIntervalSince1970)
        let plugin = h.script("daemon.sh", """
            setsid sleep 1000 &
            echo $! > "\(h.dir.file("daemon.pid"))"
            echo '{"type":"reading","metric":"cold.temp","site":"A","stage":"transport","time":\(now),"value":3,"unit":"°C"}'
            exit 0
            """)
        let collector = h.collector([h.exec("daemon", [plugin], timeout: .seconds(30))])
        let started = Date()
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["daemon"]) })
        await collector.stop()
        #expect(Date().timeIntervalSince(started) < 20, "the run waited for its timeout")
        let status = try #require(try h.statuses()["daemon"])
        #expect(status.lastError?.hasPrefix("exit 0, but left 1 process holding its output") == true, "\(status.lastError ?? "")")
        #expect(try h.count("SELECT count(*) FROM reading") == 1)
        let pid = try #require(pid_t(String(contentsOfFile: h.dir.file("daemon.pid"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(await Poll.until(timeout: 5) { ExecSourceTests.isGone(pid) }, "the setsid child \(pid) still runs")
    }

    @Test func outputIsHandedToIngestInChunksWithItsLineNumbers() throws {
        var chunker = LineChunker()
        var chunks: [(Int, Int)] = []
        let line = Array(repeating: UInt8(ascii: "x"), count: 99) + [0x0A]
        let block = Array([[UInt8]](repeating: line, count: 10_000).joined())  // 1,000,000 bytes
        for _ in 0..<10 {
            block.withUnsafeBytes { chunker.append($0) { chunk, first in chunks.append((chunk.count, first)) } }
        }
        chunker.finish(complete: true) { chunk, first in chunks.append((chunk.count, first)) }
        #expect(chunks.allSatisfy { $0.0 <= LineChunker.chunkBytes + 1_000_000 })
        #expect(chunks.map(\.0).reduce(0, +) == 10_000_000)
        #expect(chunks.first?.1 == 1)
        #expect(chunks.count >= 2)
        #expect(chunks[1].1 == chunks[0].0 / 100 + 1)
    }

    @Test func anEndlessLineIsCutAtTheLimitAndTheLinesAfterItKeepTheirNumbers() throws {
        var chunker = LineChunker()
        var chunks: [([UInt8], Int)] = []
        let huge = [UInt8](repeating: UInt8(ascii: "y"), count: 3 << 20)
        huge.withUnsafeBytes { chunker.append($0) { chunks.append(($0, $1)) } }
        Array("\nnext\n".utf8).withUnsafeBytes { chunker.append($0) { chunks.append(($0, $1)) } }
        chunker.finish(complete: true) { chunks.append(($0, $1)) }
        #expect(chunks.count == 2)
        #expect(chunks[0].0.count <= IngestLimits.maxLineBytes + (64 << 10) + 1)
        #expect(chunks[1] == (Array("next\n".utf8), 2))
    }
}

/// A sqlite source whose query never ends is interrupted at its timeout, and one that returns rows without end is
/// handed over in chunks, never held whole.
@Suite struct SQLiteQueryFaultTests {
    func sqlite(_ h: CollectorHarness, _ query: String, timeout: Duration) throws -> SourceConfig {
        let path = h.dir.file("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE IF NOT EXISTS t (x)") }
        return SourceConfig(name: "q", kind: "sqlite", interval: .seconds(3600), timeout: timeout,
                            settings: .sqlite(SQLiteSettings(database: path, query: query, type: .reading)))
    }

    @Test(arguments: [
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c ORDER BY x DESC",
    ])
    func anEndlessQueryIsInterruptedAtTheTimeout(query: String) async throws {
        let h = try CollectorHarness("sqlite-endless")
        let collector = h.collector([try sqlite(h, query, timeout: .seconds(1))])
        let started = Date()
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["q"]) })
        await collector.stop()
        #expect(Date().timeIntervalSince(started) < 15)
        let status = try #require(try h.statuses()["q"])
        #expect(status.state == .failing)
        #expect(status.lastError?.hasSuffix("query interrupted at the timeout of 1s") == true, "\(status.lastError ?? "")")
    }
}
