import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Two collectors on one store file, each with its own connection pool as two processes would have: exactly one
/// runs the sources; when it stops the other takes over, resuming where it left off.
@Suite struct CollectorLeaseTests {
    @Test func exactlyOneCollectsAndTheOtherTakesOverWithoutCollectingTwice() async throws {
        let h = try CollectorHarness("lease")
        let runs = h.dir.file("runs.log")
        // Each run notes which collector ran it, and emits one reading with a time of its own.
        let plugin = h.script("note.sh", """
            n=$(wc -l < "\(runs)" 2>/dev/null || echo 0)
            echo "$ONESCREEN_COLLECTOR" >> "\(runs)"
            echo "{\\"type\\":\\"reading\\",\\"metric\\":\\"m\\",\\"site\\":\\"s\\",\\"stage\\":\\"plant\\",\\"time\\":$((1790000000 + n)),\\"value\\":1,\\"unit\\":\\"u\\"}"
            """)
        // A tailed file whose one bad line would be rejected again if the new holder read the file anew.
        let tailed = h.dir.write("tail.jsonl", "not a record\n")
        let sources = [
            h.exec("note", [plugin], interval: .milliseconds(150)),
            SourceConfig(name: "tail", kind: "file", interval: .milliseconds(150), timeout: .seconds(5),
                         settings: .file(FileSettings(target: .tail(tailed)))),
        ]
        let a = h.collector(sources)
        let b = h.collector(sources, store: try Store(path: h.store.path))
        await a.start()
        await b.start()
        func lines() -> [String] {
            ((try? String(contentsOfFile: runs, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
        #expect(await Poll.until(timeout: CollectorHarness.patience) { lines().count >= 5 })
        let aCollects = await a.isCollecting, bCollects = await b.isCollecting
        #expect(aCollects != bCollects, "exactly one collector holds the lease")
        let (holder, other) = aCollects ? (a, b) : (b, a)
        #expect(Set(lines()) == [holder.identity])

        // How fast the takeover is in real time is measured on real processes (CollectProcessTests); here the
        // cooperative pool is shared with the rest of the suite, so only the order of events is checked.
        await holder.stop()
        let before = lines().count
        #expect(await Poll.until(timeout: CollectorHarness.patience) { lines().last == other.identity })
        let afterwards = lines().dropFirst(before)
        #expect(afterwards.allSatisfy { $0 == other.identity }, "the stopped collector ran again")

        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: tailed))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((#"{"type":"reading","metric":"m","site":"t","stage":"plant","time":1790000000,"value":2,"unit":"u"}"# + "\n").utf8))
        try handle.close()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.count("SELECT count(*) FROM reading r JOIN series s ON s.id = r.series_id WHERE s.site = 't'") == 1 })
        await other.stop()

        #expect(try h.count("SELECT count(*) FROM reject") == 1, "the bad line was read by both collectors")
        // Every run stored its own reading: had two collectors run at once, two runs would share a time and a row.
        // (The run under way when its collector stopped may have been killed between noting itself and printing.)
        let stored = try h.count("SELECT count(*) FROM reading r JOIN series s ON s.id = r.series_id WHERE s.site = 's'")
        #expect(stored == lines().count || stored == lines().count - 1)
        #expect(try h.store.leaseHolder(at: .now) == nil, "a stopped collector gives the lease up")
    }

    @Test func reloadKeepsUnchangedSourcesAndStartsNewOnes() async throws {
        let h = try CollectorHarness("reload")
        let first = h.script("first.sh", "echo first >> \"\(h.dir.file("first.log"))\"\n")
        let second = h.script("second.sh", "echo second >> \"\(h.dir.file("second.log"))\"\n")
        let collector = h.collector([h.exec("first", [first], interval: .milliseconds(150))])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["first"]) })
        await collector.reload(Config(file: "", directory: h.dir.path, sources: [h.exec("second", [second], interval: .milliseconds(150))]))
        #expect(await Poll.until(timeout: CollectorHarness.patience) { FileManager.default.fileExists(atPath: h.dir.file("second.log")) })
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.statuses().keys.sorted() == ["second"] }, "the removed source's health is forgotten")
        await collector.stop()
    }
}
