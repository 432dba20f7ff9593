import Foundation
import Testing
@testable import OneScreenCore

/// Configured reading rules: a pattern out of band, rate of change, and a combination at one site.
@Suite struct ConfiguredRuleTests {
    @Test func patternThresholdMatchesEveryMetricItNamesAndOnlyThose() throws {
        let rule = AlertRule(
            name: "cold-chain-warm", level: .complianceRisk,
            condition: .band(BandCondition(metric: Glob("*.temp"), site: Glob("沪A*"), max: 8, hold: .minutes(5))),
            message: MessageTemplate("{subject} at {value}{unit} (limit {max})"))
        let f = try AlertFixture(rules: [rule])
        let hot = run(3, 3.0) + run(10, 9.0)
        f.ingest(AlertFixture.minutely("truck.temp", "沪A·冷链07", hot)
            + AlertFixture.minutely("warehouse.temp", "沪A·冷库", hot, stage: "warehouse")
            + AlertFixture.minutely("truck.temp", "苏B·冷链01", hot)
            + AlertFixture.minutely("truck.door", "沪A·冷链07", hot, unit: "0/1"))
        let alerts = try f.alerts()
        #expect(alerts.map(\.subject).sorted() == ["沪A·冷库/warehouse.temp", "沪A·冷链07/truck.temp"])
        #expect(alerts.allSatisfy { $0.level == .complianceRisk && $0.state == .firing })
        #expect(alerts.map(\.message).contains("沪A·冷链07/truck.temp at 9°C (limit 8)"))
    }

    @Test func rateOfChangeFiresOnAFastClimbInsideTheBand() throws {
        let rule = AlertRule(
            name: "warming-fast", level: .performanceDecline,
            condition: .rate(RateCondition(metric: Glob("truck.temp"), rise: 1.5, fall: nil, within: .minutes(10))))
        let f = try AlertFixture(rules: [rule])
        // Slow drift (0.1 per minute) is fine; then 0.4 per minute for eight minutes; then flat.
        let slow = (0..<20).map { 1.0 + 0.1 * Double($0) }
        let fast = (1...8).map { 2.9 + 0.4 * Double($0) }
        f.ingest(AlertFixture.minutely("truck.temp", "沪A·冷链07", slow + fast + run(30, 6.1)))
        let alerts = try f.alerts()
        #expect(alerts.count == 1)
        let alert = try #require(alerts.first)
        #expect(alert.state == .resolved)
        #expect(alert.level == .performanceDecline)
        #expect(alert.message.contains("within 10m"))
        // The rise passes 1.5 within ten minutes at the second fast reading: 3.7 against 2.1 ten minutes before.
        let fastStart = AlertFixture.now.millis - AlertFixture.minutes(30 + 8 - 1)
        #expect(alert.firstSeen.millis == fastStart + AlertFixture.minutes(1))
    }

    @Test func combinationNeedsEveryTermAtTheSameSiteAtTheSameTime() throws {
        let rule = AlertRule(
            name: "door-open-warm", level: .complianceRisk,
            condition: .combination(CombinationCondition(
                terms: [MetricTest(metric: "truck.temp", above: 4), MetricTest(metric: "truck.door", above: 0)],
                hold: .minutes(5))))
        let f = try AlertFixture(rules: [rule])
        // Truck 07: warm for 20 minutes, door opened (on-change sensor) 5 minutes in and closed 15 minutes in.
        // Truck 08: warm for 20 minutes, door closed the whole time: a refrigeration fault, not this rule.
        let warm = run(10, 3.0) + run(20, 6.0) + run(20, 3.0)
        let open = AlertFixture.now - .minutes(34 + 5)
        let closed = AlertFixture.now - .minutes(34 - 5)
        var lines = AlertFixture.minutely("truck.temp", "沪A·冷链07", warm) + AlertFixture.minutely("truck.temp", "沪A·冷链08", warm)
        lines += [
            AlertFixture.reading("truck.door", "沪A·冷链07", at: AlertFixture.now - .hours(3), 0, unit: "0/1"),
            AlertFixture.reading("truck.door", "沪A·冷链07", at: open, 1, unit: "0/1"),
            AlertFixture.reading("truck.door", "沪A·冷链07", at: closed, 0, unit: "0/1"),
            AlertFixture.reading("truck.door", "沪A·冷链08", at: AlertFixture.now - .hours(3), 0, unit: "0/1"),
        ]
        f.ingest(lines)
        let alerts = try f.alerts()
        #expect(alerts.map(\.subject) == ["沪A·冷链07"])
        let alert = try #require(alerts.first)
        #expect(alert.firstSeen == open)
        #expect(alert.message.contains("truck.temp 6, truck.door 1"))
        #expect(alert.state == .resolved)
    }

    @Test func combinationIsJudgedTheSameWhicheverMetricArrivesFirst() throws {
        let rule = AlertRule(
            name: "door-open-warm", level: .complianceRisk,
            condition: .combination(CombinationCondition(
                terms: [MetricTest(metric: "truck.temp", above: 4), MetricTest(metric: "truck.door", above: 0)], hold: .minutes(5))))
        let temps = AlertFixture.minutely("truck.temp", "沪A·冷链07", run(10, 3.0) + run(20, 6.0) + run(20, 3.0))
        let doors = AlertFixture.minutely("truck.door", "沪A·冷链07", run(12, 0) + run(10, 1) + run(28, 0), unit: "0/1")
        func alerts(_ batches: [[String]]) throws -> [AlertRecord] {
            let f = try AlertFixture(rules: [rule])
            for batch in batches { f.ingest(batch) }
            return try f.alerts().map { var a = $0; a.id = 0; return a }
        }
        let together = try alerts([temps + doors])
        #expect(together.count == 1)
        #expect(try alerts([doors, temps]) == together)
        #expect(try alerts([temps, doors]) == together)
    }
}
