import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Hooks routed by level, repeated while firing and batched by group, with real hook processes and a real store.
@Suite struct HookRoutingTests {
    let site = "沪A·冷链07"

    func excursion(_ site: String, metric: String = "truck.temp") -> [String] {
        AlertFixture.minutely(metric, site, run(5, 3.0) + run(10, 6.0))
    }

    static func lines(_ path: String) -> [[String: Any]] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test func hookWithWhenLevelsRunsOnlyForThoseLevels() throws {
        let dir = TemporaryDirectory("routing")
        let compliance = dir.file("l4"), every = dir.file("all")
        let f = try AlertFixture(hooks: [
            AlertHook(command: ["/bin/sh", "-c", "cat >> '\(compliance)'"], when: HookMatcher(levels: [.complianceRisk])),
            AlertHook(command: ["/bin/sh", "-c", "cat >> '\(every)'"]),
        ])
        f.ingest([AlertFixture.standard("STD-T", level: 3), AlertFixture.standard("STD-F", metric: "freezer.temp", level: 4)]
                 + excursion(site) + excursion("沪·冷库01", metric: "freezer.temp"))
        // Every hook run the batch started has ended: what the L4 hook did not write, it was never asked to.
        #expect(f.engine.hooks.waitUntilIdle(timeout: .seconds(10)))
        #expect(Self.lines(every).compactMap { $0["level"] as? Int }.sorted() == [3, 4])
        let l4 = Self.lines(compliance)
        #expect(l4.count == 1)
        #expect(l4.first?["level"] as? Int == 4)
        #expect(l4.first?["subject"] as? String == "沪·冷库01/freezer.temp")
    }

    @Test func repeatRemindsWhileFiringSurvivesARestartAndStopsOnResolve() async throws {
        let dir = TemporaryDirectory("routing")
        let out = dir.file("calls")
        let hook = AlertHook(command: ["/bin/sh", "-c", "cat >> '\(out)'"], when: HookMatcher(rules: [Glob("standard/*")]),
                             repeatInterval: .seconds(2), name: "ops-sms")
        let f = try AlertFixture(hooks: [hook])
        let subject = "\(site)/truck.temp"
        f.ingest([AlertFixture.standard()] + excursion(site))
        #expect(await Poll.until(timeout: 10) { Self.lines(out).count == 1 })
        f.now = AlertFixture.now + .milliseconds(1500)
        try f.tick()
        f.now = AlertFixture.now + .milliseconds(2500)
        try f.tick()
        #expect(await Poll.until(timeout: 10) { Self.lines(out).count >= 2 })
        #expect(f.engine.hooks.waitUntilIdle(timeout: .seconds(10)))
        var calls = Self.lines(out)
        #expect(calls.count == 2)
        #expect(calls.last?["repeat"] as? Bool == true)
        #expect(calls.last?["subject"] as? String == subject)

        // A restarted collector reads the schedule from the store: not due again until 2 s after the reminder.
        let restarted = AlertEngine(store: f.store, rules: AlertRule.builtIn, hooks: [hook], utcOffset: AlertFixture.offset)
        try restarted.evaluate(now: AlertFixture.now + .milliseconds(3500))
        #expect(restarted.hooks.waitUntilIdle(timeout: .seconds(10)))
        #expect(Self.lines(out).count == 2)
        try restarted.evaluate(now: AlertFixture.now + .milliseconds(4600))
        #expect(await Poll.until(timeout: 10) { Self.lines(out).count == 3 })

        // Resolved: the hook hears so, and then no more reminders however much time passes.
        f.now = AlertFixture.now + .minutes(10)
        f.ingest(AlertFixture.minutely("truck.temp", site, run(10, 3.0), endingMinutesAgo: -10))
        #expect(await Poll.until(timeout: 10) { Self.lines(out).last?["event"] as? String == "resolve" })
        for seconds in [3, 6, 9] {
            f.now = AlertFixture.now + .minutes(10) + .seconds(seconds)
            try f.tick()
        }
        // The marker: a later alert the same runner sends after those ticks. Once it is in, every tick before it
        // was handled, so a reminder of the resolved alert would be in too.
        f.now = AlertFixture.now + .minutes(11)
        f.ingest(AlertFixture.minutely("truck.temp", "沪A·冷链09", run(5, 3.0) + run(10, 6.0), endingMinutesAgo: -11))
        #expect(await Poll.until(timeout: 10) { Self.lines(out).contains { $0["subject"] as? String == "沪A·冷链09/truck.temp" } })
        #expect(f.engine.hooks.waitUntilIdle(timeout: .seconds(10)))
        calls = Self.lines(out).filter { $0["subject"] as? String == subject }
        #expect(calls.map { $0["event"] as? String } == ["fire", "fire", "fire", "resolve"])
        #expect(calls.map { $0["repeat"] as? Bool } == [false, true, true, false])
    }

    @Test func twentyAlertsAtOnceReachAGroupedHookAsOneCall() async throws {
        let dir = TemporaryDirectory("routing")
        let out = dir.file("calls")
        let f = try AlertFixture(hooks: [AlertHook(command: ["/bin/sh", "-c", "cat >> '\(out)'"], events: [.fire],
                                                   grouping: HookGrouping(wait: .milliseconds(500), by: [.level]))])
        let sites = (1...20).map { String(format: "沪A·冷链%02d", $0) }
        f.ingest([AlertFixture.standard()] + sites.flatMap { excursion($0) })
        #expect(f.events.filter { $0.kind == .fire }.count == 20)
        #expect(await Poll.until(timeout: 10) { !Self.lines(out).isEmpty })
        // Anything still waiting is sent and every run ended: the one call is all there is.
        #expect(f.engine.hooks.waitUntilIdle(timeout: .seconds(10)))
        let calls = Self.lines(out)
        #expect(calls.count == 1)
        let call = try #require(calls.first)
        #expect(call["count"] as? Int == 20)
        #expect((call["group"] as? [String: String]) == ["level": "L3"])
        let alerts = try #require(call["alerts"] as? [[String: Any]])
        #expect(Set(alerts.compactMap { $0["subject"] as? String }) == Set(sites.map { "\($0)/truck.temp" }))
        #expect((call["report"] as? String)?.contains("沪A·冷链20/truck.temp") == true)
    }
}
