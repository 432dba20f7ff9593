import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The collector's own faults as alerts, judged by the processes that can see them: a dashboard watching a store
/// whose collector died, and the collector that takes over.
@Suite struct SystemAlertTests {
    @Test func aCollectorThatDiedIsAnAlertFromTheWatchingDashboardAndClearsWhenAnotherTakesOver() async throws {
        let h = try CollectorHarness("system-lease")
        let now = Instant.now
        // What a collector killed with -9 leaves: its source's health, and a lease it never gave up, now expired.
        try await h.store.recordHealth(SourceHealthChange(name: "gateway", kind: "exec", state: .ok))
        #expect(try await h.store.acquireLease(holder: "host:4242:dead", now: now.adding(seconds: -10), expires: now.adding(seconds: -5)))
        var config = Config(file: "", directory: h.dir.path, sources: [])
        config.alertRules = AlertRule.withBuiltIns([
            AlertRule(name: "collector-lease", level: .systemFault, condition: .system(.noCollector(after: .seconds(1)))),
        ])
        let watch = SystemWatch(store: h.store, config: config)
        watch.start()
        defer { watch.stop() }
        func lease() throws -> AlertRecord? {
            try h.store.alerts(AlertFilter(states: .all)).first { $0.rule == "collector-lease" }
        }
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try lease()?.state == .firing })
        let fired = try #require(try lease())
        #expect(fired.level == .systemFault)
        #expect(fired.subject == "collector")
        #expect(fired.message.hasPrefix("collector-lease: nobody collects since "))
        #expect(fired.message.hasSuffix("(the lease of host:4242:dead expired)"))

        let echo = h.script("gateway.sh", "exit 0\n")
        let collector = h.collector([h.exec("gateway", [echo])])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try lease()?.state == .resolved })
        await collector.stop()
    }

    @Test func readingsOlderThanTheStaleMarkAreAnAlertWhileSourcesAreConfiguredAndFreshOnesClearIt() async throws {
        let h = try CollectorHarness("system-stale")
        let now = Instant.now
        func ingest(_ time: Instant) {
            let line = "{\"type\":\"reading\",\"metric\":\"cold.temp\",\"site\":\"S1\",\"stage\":\"store\",\"time\":\(time.millis / 1000),\"value\":3,\"unit\":\"°C\"}\n"
            let ingestor = Ingestor(writer: StoreWriter(store: h.store), now: { now }, report: { _ in })
            _ = ingestor.run(IngestInput(name: "test", origin: .bytes(Array(line.utf8))))
        }
        let engine = AlertEngine(store: h.store, rules: AlertRule.withBuiltIns([]), utcOffset: 0)
        func stale() throws -> AlertRecord? { try h.store.alerts(AlertFilter(states: .all)).first { $0.rule == "data-stale" } }

        ingest(now.adding(seconds: -3600))
        // No source is configured: a store of history, not a wall screen gone stale.
        try engine.evaluateSystem(now: now)
        #expect(try stale() == nil)

        try await h.store.recordHealth(SourceHealthChange(name: "gateway", kind: "exec", state: .ok))
        try engine.evaluateSystem(now: now)
        let fired = try #require(try stale())
        #expect(fired.state == .firing)
        #expect(fired.level == .systemFault)
        #expect(fired.message.hasSuffix("older than 15m"))

        ingest(now.adding(seconds: -5))
        try engine.evaluateSystem(now: now)
        #expect(try stale()?.state == .resolved)
    }
}
