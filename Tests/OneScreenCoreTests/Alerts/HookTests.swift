import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Hooks get the alert as JSON on stdin, run detached, and are killed with their process group at the timeout.
@Suite struct HookTests {
    let site = "沪A·冷链07"

    func excursion() -> [String] {
        [AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(5, 3.0) + run(10, 6.0))
    }

    @Test func hookReadsTheFiringAlertAsJSON() throws {
        let dir = TemporaryDirectory("hook")
        let out = dir.file("alert.json")
        let f = try AlertFixture(hooks: [AlertHook(command: ["/bin/sh", "-c", "cat > '\(out)'"], timeout: .seconds(5))])
        f.ingest(excursion())
        #expect(f.engine.hooks.waitUntilIdle(timeout: .seconds(10)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        #expect(object["event"] as? String == "fire")
        #expect(object["rule"] as? String == "standard/STD-T")
        #expect(object["level"] as? Int == 3)
        #expect(object["state"] as? String == "firing")
        #expect(object["subject"] as? String == "\(site)/truck.temp")
        #expect((object["first_seen"] as? String)?.hasSuffix("+08:00") == true)
    }

    @Test func hangingHookIsKilledWithItsProcessGroupAndEvaluationDoesNotWait() throws {
        let dir = TemporaryDirectory("hook")
        let pids = dir.file("pids")
        // The shell starts a child that ignores stdin and sleeps; both must be gone at the timeout.
        let command = "sleep 60 & echo $$ $! > '\(pids)'; wait"
        let timeout = Duration.milliseconds(700)
        let f = try AlertFixture(hooks: [AlertHook(command: ["/bin/sh", "-c", command], timeout: timeout)])
        let clock = ContinuousClock()
        let started = clock.now
        f.ingest(excursion())
        #expect(started.duration(to: clock.now) < timeout)
        #expect(f.events.map(\.kind) == [.fire])
        #expect(f.engine.hooks.waitUntilIdle(timeout: .seconds(10)))
        let waited = started.duration(to: clock.now)
        #expect(waited >= timeout && waited < .seconds(5))
        let ids = try String(contentsOfFile: pids, encoding: .utf8).split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(ids.count == 2)
        for pid in ids { #expect(Self.ends(pid, within: .seconds(2)), "process \(pid) survived its hook's timeout") }
    }

    @Test func silencedAlertsAreRecordedButRunNoHook() throws {
        let dir = TemporaryDirectory("hook")
        let out = dir.file("ran")
        let f = try AlertFixture(hooks: [AlertHook(command: ["/bin/sh", "-c", "touch '\(out)'"])])
        try f.store.silence("standard/*", until: AlertFixture.now + .hours(2), by: "ops", role: "cli", note: "maintenance", at: AlertFixture.now)
        f.ingest(excursion())
        #expect(f.engine.hooks.waitUntilIdle(timeout: .seconds(10)))
        #expect(f.events.map(\.silenced) == [true])
        #expect(try f.alerts().count == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func hooksFilterByEventAndLevel() throws {
        let dir = TemporaryDirectory("hook")
        let out = dir.file("ran")
        let f = try AlertFixture(hooks: [AlertHook(command: ["/bin/sh", "-c", "cat >> '\(out)'"], events: [.resolve], minimumLevel: .businessAnomaly)])
        f.ingest(excursion())
        f.now = AlertFixture.now + .minutes(10)
        f.ingest(AlertFixture.minutely("truck.temp", site, run(10, 3.0), endingMinutesAgo: -10))
        #expect(f.engine.hooks.waitUntilIdle(timeout: .seconds(10)))
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains(#""event":"resolve""#) == true)
    }

    /// True once `pid` is gone or a zombie (killed, waiting for a reaper that is not us); a signal is delivered
    /// asynchronously, so this polls briefly.
    static func ends(_ pid: Int32, within limit: Duration) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while clock.now < deadline {
            guard kill(pid, 0) == 0 else { return true }
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if stat.isEmpty || stat.contains(") Z ") { return true }
            usleep(20_000)
        }
        return false
    }
}
