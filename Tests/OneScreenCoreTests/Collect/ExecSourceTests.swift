import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Plug-ins as real child processes under a real collector: each misbehaves in its own way and shows it in its own
/// health row, while the good records are stored and nothing else.
@Suite struct ExecSourceTests {
    /// Whether `pid` is gone (or a zombie waiting for init, which runs no code).
    static func isGone(_ pid: pid_t) -> Bool {
        if kill(pid, 0) != 0 { return errno == ESRCH }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    @Test func aPluginThatSleepsForeverIsKilledWithItsWholeGroupAtTheTimeout() async throws {
        let h = try CollectorHarness("exec-sleep")
        let sleeper = h.script("sleeper.sh", """
            \(h.notingPIDs)
            echo "waiting for the gateway" >&2
            sleep 1000
            """)
        let collector = h.collector([h.exec("sleeper", [sleeper], timeout: .milliseconds(500))])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["sleeper"]) })
        await collector.stop()
        let status = try #require(try h.statuses()["sleeper"])
        #expect(status.state == .failing)
        #expect(status.lastError == "timed out after 500ms; killed its process group: waiting for the gateway")
        #expect(try await h.stillRunning() == [])
    }

    @Test func aPluginThatExitsOneShowsItsExitCodeAndTheEndOfStderr() async throws {
        let h = try CollectorHarness("exec-fail")
        let failing = h.script("fail.sh", """
            echo "connecting to 10.0.0.9" >&2
            echo "gateway unreachable" >&2
            exit 1
            """)
        let collector = h.collector([h.exec("gateway", [failing])])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["gateway"]) })
        await collector.stop()
        let status = try #require(try h.statuses()["gateway"])
        #expect(status.state == .failing)
        #expect(status.lastError == "exit 1: connecting to 10.0.0.9 | gateway unreachable")
        #expect(status.lastSuccess == nil)
    }

    @Test func garbageIsRejectedRowByRowAndKeptAsRejects() async throws {
        let h = try CollectorHarness("exec-garbage")
        let garbage = h.script("garbage.sh", """
            echo 'this is not a record'
            echo '{"type":"reading","metric":"truck.temp"}'
            printf '\\001\\002\\003\\n'
            """)
        let collector = h.collector([h.exec("garbage", [garbage])])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["garbage"]) })
        await collector.stop()
        let status = try #require(try h.statuses()["garbage"])
        #expect(status.rejected == 3)
        #expect(status.accepted == 0)
        #expect(status.state == .failing)
        #expect(status.lastError?.hasPrefix("3 rows rejected; first: garbage:1: json: column 1:") == true)
        #expect(try h.count("SELECT count(*) FROM reject r JOIN source s ON s.id = r.source_id WHERE s.name = 'garbage'") == 3)
        #expect(try h.count("SELECT count(*) FROM reading") == 0)
    }

    @Test func aHundredThousandLinesAtOnceAreAllStored() async throws {
        let h = try CollectorHarness("exec-many")
        let many = h.script("many.sh", """
            awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{\\"type\\":\\"reading\\",\\"metric\\":\\"bulk.temp\\",\\"site\\":\\"S%d\\",\\"stage\\":\\"plant\\",\\"time\\":%d,\\"value\\":1.5,\\"unit\\":\\"°C\\"}\\n", i % 10, 1790000000 + i }'
            """)
        // The standard timeout: on a loaded machine 14 MB through a pipe is many wake-ups of two processes, and
        // what this test is about is that none of the lines is lost (the store's share of the time is the next one's).
        let collector = h.collector([h.exec("many", [many])])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["many"]) })
        await collector.stop()
        let status = try #require(try h.statuses()["many"])
        #expect(status.state == .ok)
        #expect(status.accepted == 100_000)
        #expect(try h.count("SELECT count(*) FROM reading") == 100_000)
        #expect(try h.count("SELECT count(*) FROM reject") == 0)
    }

    @Test func waitingForTheStoresWriterIsNotThePluginsTime() async throws {
        let h = try CollectorHarness("exec-locked")
        let started = h.dir.file("started"), go = h.dir.file("go")
        let late = h.script("late.sh", """
            touch "\(started)"
            while [ ! -e "\(go)" ]; do sleep 0.02; done
            awk 'BEGIN { for (i = 0; i < 2000; i++) printf "{\\"type\\":\\"reading\\",\\"metric\\":\\"late.temp\\",\\"site\\":\\"S\\",\\"stage\\":\\"plant\\",\\"time\\":%d,\\"value\\":1.5,\\"unit\\":\\"°C\\"}\\n", 1790000000 + i }'
            """)
        // Standard lease timing, so that the write lock held below is not taken for a lost lease.
        let collector = h.collector([h.exec("late", [late], timeout: .seconds(1))], timing: .standard)
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { FileManager.default.fileExists(atPath: started) })
        // Another process writes for three seconds, three times the plug-in's timeout: its output waits for the store.
        var holding = Configuration()
        holding.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: h.dir.file("store.sqlite"), configuration: holding)
        try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        FileManager.default.createFile(atPath: go, contents: nil)
        try await Task.sleep(for: .seconds(3))
        try other.inDatabase { try $0.execute(sql: "COMMIT") }
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["late"]) })
        await collector.stop()
        let status = try #require(try h.statuses()["late"])
        #expect(status.state == .ok, "\(status.lastError ?? "")")
        #expect(status.accepted == 2_000)
    }

    @Test func aDisabledSourceIsShownAndNeverRun() async throws {
        let h = try CollectorHarness("exec-disabled")
        let marker = h.dir.file("ran")
        let touch = h.script("touch.sh", "touch \"\(marker)\"\n")
        var source = h.exec("off", [touch], interval: .milliseconds(100))
        source.enabled = false
        // An enabled twin on the same schedule: three of its runs prove the disabled one came due three times too.
        let ticks = h.dir.file("ticks")
        let tick = h.script("tick.sh", "echo run >> \"\(ticks)\"\n")
        let collector = h.collector([source, h.exec("on", [tick], interval: .milliseconds(100))])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.statuses()["off"]?.state == .disabled })
        #expect(await Poll.until(timeout: CollectorHarness.patience) {
            ((try? String(contentsOfFile: ticks, encoding: .utf8)) ?? "").split(separator: "\n").count >= 3
        })
        await collector.stop()
        #expect(!FileManager.default.fileExists(atPath: marker))
    }
}
