import Foundation
import GRDB
import OneScreenTestSupport
import Synchronization
import Testing
@testable import OneScreenCore

/// The simulator is what makes the demo move: an hour of its runs, stored through the collector's own intake,
/// must look like a working business (mostly in band, now and then an excursion that raises an alert, orders and
/// seal uses coming in) and pass the same validation as every other input.
@Suite struct SimulatorSourceTests {
    static let start = Instant(millis: 1_795_000_000_000)

    func context(_ name: String, at now: Instant, checkpoint: String?,
                 ingest: @escaping @Sendable (IngestInput) async -> IngestReport) -> SourceRunContext {
        SourceRunContext(name: name, timeout: .seconds(10), checkpoint: checkpoint, environment: [:], now: { now }, ingest: ingest)
    }

    /// The bytes one run hands to ingest.
    func output(seed: UInt64, at now: Instant, checkpoint: String? = SimulatorSource.referencesSent) async throws -> [UInt8] {
        let captured = Mutex<[UInt8]>([])
        let source = SimulatorSource(settings: SimulatorSettings(seed: seed, rate: 12))
        _ = try await source.run(context("sim", at: now, checkpoint: checkpoint) { input in
            if case .bytes(let bytes) = input.origin { captured.withLock { $0 += bytes } }
            return IngestReport()
        })
        return captured.withLock { $0 }
    }

    @Test func theSameSeedAtTheSameMomentGivesTheSameRecords() async throws {
        let a = try await output(seed: 7, at: Self.start)
        let b = try await output(seed: 7, at: Self.start)
        let other = try await output(seed: 8, at: Self.start)
        let later = try await output(seed: 7, at: Self.start.adding(seconds: 2))
        #expect(!a.isEmpty)
        #expect(a == b)
        #expect(a != other)
        #expect(a != later)
    }

    @Test func anHourOfRunsLooksLikeAWorkingBusinessAndRaisesAlerts() async throws {
        let dir = TemporaryDirectory("simulator")
        let store = try Store(path: dir.file("store.sqlite"))
        let clock = Mutex(Self.start)
        let intake = RecordIntake(store: store, alerts: AlertEngine(store: store, utcOffset: 8 * 3600), now: { clock.withLock { $0 } })
        let source = SimulatorSource(settings: SimulatorSettings(seed: 1, rate: 12))
        var checkpoint: String?
        // One run every 10 s for an hour: enough for a 30-minute excursion window to outlast its standard's hold.
        for step in 0..<360 {
            let now = Self.start.adding(seconds: Double(step * 10))
            clock.withLock { $0 = now }
            checkpoint = try await source.run(context("demo-simulator", at: now, checkpoint: checkpoint) { input in
                await intake.ingest(input, source: "demo-simulator")
            })
            #expect(checkpoint == "\(SimulatorSource.referencesSent) \(now.millis / 1000)")
        }

        func count(_ sql: String) throws -> Int { try store.pool.read { db in try Int.fetchOne(db, sql: sql) ?? 0 } }
        #expect(try count("SELECT count(*) FROM reject") == 0)
        // References once: every metric has its standard, and the orders and seal uses name known customers and contracts.
        #expect(try count("SELECT count(*) FROM standard") == SampleMetric.allCases.count)
        #expect(try count("SELECT count(*) FROM customer") == SimulatorSource.customers.count)
        #expect(try count("SELECT count(*) FROM orders o LEFT JOIN customer c ON c.id = o.customer WHERE c.id IS NULL") == 0)
        #expect(try count("SELECT count(*) FROM reading") == 360 * 12)
        // One order every two minutes and a seal use every twenty, under the sample data's forms of id.
        #expect((29...31).contains(try count("SELECT count(*) FROM orders")))
        #expect((2...4).contains(try count("SELECT count(*) FROM seal_use")))
        #expect(try count("SELECT count(*) FROM orders WHERE id NOT GLOB 'SO[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-9[0-9][0-9][0-9]'") == 0)
        #expect(try count("SELECT count(*) FROM seal_use WHERE id NOT GLOB 'S-20[0-9][0-9]-[1-3][0-9][0-9][0-9][0-9]'") == 0)

        // Mostly inside the band, with some excursions out of it.
        let outside = """
            (SELECT 1 FROM standard st WHERE st.metric = s.metric AND (st.stage IS NULL OR st.stage = s.stage)
             AND ((st.min IS NOT NULL AND r.value < st.min) OR (st.max IS NOT NULL AND r.value > st.max)))
            """
        let inside = try count("SELECT count(*) FROM reading r JOIN series s ON s.id = r.series_id WHERE NOT EXISTS \(outside)")
        let share = Double(inside) / Double(360 * 12)
        #expect(share > 0.85 && share < 0.97, "share inside the band: \(share)")

        // Never a quiet moment in a demo: every run reports the series out of band now.
        let alarmed = try count("SELECT count(DISTINCT r.time) FROM reading r JOIN series s ON s.id = r.series_id WHERE EXISTS \(outside)")
        #expect(alarmed == 360)

        // The excursions raise quality alerts.
        let alerts = try store.alerts(AlertFilter(states: .all))
        #expect(alerts.contains { $0.rule.hasPrefix(AlertRule.standardRulePrefix) && $0.state != .pending }, "\(alerts.map(\.rule))")
    }

    /// Compliance risks stay rare: over a simulated day, however often the source runs, a few unapproved seal uses
    /// and a few L4 alerts in all, not one an hour.
    @Test(arguments: [600.0, 3600.0])
    func aDayOfRunsRaisesAFewComplianceRisksNotDozens(every step: Double) async throws {
        let dir = TemporaryDirectory("simulator-day")
        let store = try Store(path: dir.file("store.sqlite"))
        let clock = Mutex(Self.start)
        let intake = RecordIntake(store: store, alerts: AlertEngine(store: store, utcOffset: 8 * 3600), now: { clock.withLock { $0 } })
        let source = SimulatorSource(settings: SimulatorSettings(seed: 1, rate: 12))
        var checkpoint: String?
        for run in 0...Int(86_400 / step) {
            let now = Self.start.adding(seconds: Double(run) * step)
            clock.withLock { $0 = now }
            checkpoint = try await source.run(context("demo-simulator", at: now, checkpoint: checkpoint) { input in
                await intake.ingest(input, source: "demo-simulator")
            })
        }
        func count(_ sql: String) throws -> Int { try store.pool.read { db in try Int.fetchOne(db, sql: sql) ?? 0 } }
        // Runs an hour apart catch up on what was planned in between: the same business, only later.
        #expect(try count("SELECT count(*) FROM seal_use") == 72)
        #expect(try count("SELECT count(*) FROM orders") == 720)
        let unapproved = try count("SELECT count(*) FROM seal_use WHERE approved_by IS NULL AND status = 'used'")
        #expect((1...6).contains(unapproved), "\(unapproved) unapproved seal uses in a day")
        let risks = try store.alerts(AlertFilter(states: .all, level: .complianceRisk)).count
        #expect((1...6).contains(risks), "\(risks) L4 alerts in a day")
    }
}
