import Foundation
import GRDB
import OneScreenTestSupport
import Testing

/// The dashboard's own collector under a real terminal: sources that hang, fail, print garbage or flood the store
/// never freeze the screen, and the shipped example config makes the overview move.
@Suite(.serialized) struct LiveSourcesTerminalTests {
    let dir = TemporaryDirectory("live-sources")

    func script(_ name: String, _ body: String) {
        let path = dir.write(name, "#!/bin/sh\n" + body)
        chmod(path, 0o755)
    }

    /// The status column (ok / failing) and the error column of one source's row on the Sources page.
    func row(_ name: String, in screen: [String]) -> String? {
        screen.first { $0.hasPrefix("│\(name) ") }
    }

    @Test func fourBadSourcesNeitherFreezeTheScreenNorStoreAnythingButTheGoodRows() async throws {
        script("sleeper.sh", "echo 'waiting for the gateway' >&2\nsleep 1000\n")
        script("fail.sh", "echo 'gateway unreachable' >&2\nexit 1\n")
        script("garbage.sh", "echo 'this is not a record'\nprintf '\\001\\002\\003\\n'\n")
        script("flood.sh", """
            awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{\\"type\\":\\"reading\\",\\"metric\\":\\"bulk.temp\\",\\"site\\":\\"S%d\\",\\"stage\\":\\"plant\\",\\"time\\":%d,\\"value\\":1.5,\\"unit\\":\\"°C\\"}\\n", i % 10, 1790000000 + i }'
            """)
        // The sleeper's timeout outlasts the key presses below, so they are answered while it hangs.
        let config = dir.write("config.yaml", """
            refresh: 1s
            sources:
              - {name: sleeper, kind: exec, command: ["./sleeper.sh"], interval: 1h, timeout: 20s}
              - {name: failing, kind: exec, command: ["./fail.sh"], interval: 1h}
              - {name: garbage, kind: exec, command: ["./garbage.sh"], interval: 1h}
              - {name: flood, kind: exec, command: ["./flood.sh"], interval: 1h, timeout: 50s}
            """)
        let store = dir.file("store.sqlite")
        let session = try TmuxSession(
            command: "\(BuiltBinary.path) --config \(config) --store \(store) --lang en; echo EXIT=$?", width: 120, height: 30)

        try session.send("7")
        let flooded = try session.waitFor(timeout: 60) { screen in
            row("flood", in: screen)?.contains("100,000") == true && row("failing", in: screen)?.contains("failing") == true
                && row("garbage", in: screen)?.contains("failing") == true
        }
        #expect(flooded.met, "\(flooded.screen.joined(separator: "\n"))")
        #expect(row("failing", in: flooded.screen)?.contains("exit 1: gateway unreachable") == true)
        #expect(row("garbage", in: flooded.screen)?.contains("2 rows rejected; first: garbage:1:") == true)
        // The sleeper is still hanging: keys are answered and the screen keeps redrawing meanwhile.
        #expect(row("sleeper", in: flooded.screen)?.contains("timed out") == false)
        try session.send("1")
        let overview = try session.waitFor(timeout: 5) { $0.first?.contains("Overview") == true }
        #expect(overview.met)
        try session.send("7")
        let sources = try session.waitFor(timeout: 5) { $0.first?.contains("Sources") == true }
        #expect(sources.met)
        // The "last success" age of the flood source ticks with the clock: proof the screen is being redrawn.
        func age(_ screen: [String]) -> String? {
            row("flood", in: screen).flatMap { line in line.range(of: #" \d+s "#, options: .regularExpression).map { String(line[$0]) } }
        }
        let before = age(flooded.screen)
        #expect(before != nil)
        let ticking = try session.waitFor(timeout: 10) { screen in age(screen).map { $0 != before } ?? false }
        #expect(ticking.met, "the flood's age did not move:\n\(ticking.screen.joined(separator: "\n"))")

        let timedOut = try session.waitFor(timeout: 60) { row("sleeper", in: $0)?.contains("timed out after 20s") == true }
        #expect(timedOut.met, "\(timedOut.screen.joined(separator: "\n"))")
        #expect(row("sleeper", in: timedOut.screen)?.contains("failing") == true)

        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)

        let counts = try await DatabaseQueue(path: store).read { db in
            try ["SELECT count(*) FROM reading", "SELECT count(DISTINCT series_id) FROM reading",
                 "SELECT count(*) FROM reject r JOIN source s ON s.id = r.source_id WHERE s.name = 'garbage'",
                 "SELECT count(*) FROM reject"].map { try Int.fetchOne(db, sql: $0) ?? -1 }
        }
        #expect(counts == [100_000, 10, 2, 2])
    }

    @Test func theExampleConfigMakesTheOverviewMove() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-data/config.example.yaml").path
        let session = try TmuxSession(
            command: "\(BuiltBinary.path) --config \(example) --store \(dir.file("store.sqlite")) --lang en; echo EXIT=$?",
            width: 120, height: 40)
        // The compliance figures (overall and per stage): moved only by new readings, unlike ages, which tick with
        // the clock. Read from the top half, where the quality pane is.
        func compliance(_ screen: [String]) -> String? {
            let figures = screen.prefix(screen.count / 2).flatMap { line in
                line.matches(of: /\d+\.\d%/).map { String($0.output) }
            }
            return figures.isEmpty ? nil : figures.joined(separator: " ")
        }
        let first = try session.waitFor(timeout: 30) { compliance($0) != nil }
        #expect(first.met, "\(first.screen.joined(separator: "\n"))")
        var seen = Set([compliance(first.screen)].compactMap { $0 })
        // Three different sets of figures within 45 s: the simulator's new readings reach the screen every few seconds.
        let moved = try session.waitFor(timeout: 45) { screen in
            compliance(screen).map { seen.insert($0) }
            return seen.count >= 3
        }
        #expect(moved.met, "compliance figures seen: \(seen.sorted())")
        let status = moved.screen.last { !$0.isEmpty } ?? ""
        #expect(status.contains("data") && !status.contains("STALE"), "\(status)")
        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }
}
