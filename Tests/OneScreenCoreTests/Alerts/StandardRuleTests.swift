import Foundation
import Testing
@testable import OneScreenCore

/// Quality standards as rules, judged in event time: hold, resolve hold, one alert per excursion.
@Suite struct StandardRuleTests {
    let site = "沪A·冷链07"

    @Test func excursionLongerThanTheHoldFiresOnceAndResolvesAfterTheResolveHold() throws {
        let f = try AlertFixture()
        // 10 min inside, 15 min at 6 °C (hold 5 min), then 20 min inside.
        let values = run(10, 3.0) + run(15, 6.0) + run(20, 3.0)
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, values))
        let alerts = try f.alerts()
        #expect(alerts.count == 1)
        let alert = try #require(alerts.first)
        let firstOut = AlertFixture.now.millis - AlertFixture.minutes(values.count - 1 - 10)
        #expect(alert.rule == "standard/STD-T")
        #expect(alert.subject == "\(site)/truck.temp")
        #expect(alert.level == .businessAnomaly)
        #expect(alert.state == .resolved)
        #expect(alert.firstSeen.millis == firstOut)
        #expect(alert.lastSeen.millis == firstOut + AlertFixture.minutes(14))
        #expect(alert.count == 15)
        // Back inside at firstOut + 15 min; resolved by the reading five minutes later.
        #expect(alert.resolvedAt?.millis == firstOut + AlertFixture.minutes(20))
        #expect(alert.message.contains("冷链车厢温度"))
        #expect(alert.message.contains("6 °C"))
    }

    @Test func spikeShorterThanTheHoldRaisesNothing() throws {
        let f = try AlertFixture()
        // Out for five readings spanning four minutes against a five-minute hold; then a single reading out.
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(10, 3.0) + run(5, 9.0) + run(10, 3.0) + [9.5] + run(10, 3.0)))
        #expect(try f.alerts().isEmpty)
        #expect(f.events.isEmpty)
    }

    @Test func oscillatingAcrossTheThresholdIsAtMostOneAlertPerExcursion() throws {
        let f = try AlertFixture()
        // Dithering on the bound minute by minute never holds for five minutes: nothing.
        let dither = Array((0..<30).map { $0 % 2 == 0 ? 4.1 : 3.9 })
        // An excursion that fires, then wobbles across the bound while coming back: still one alert.
        let excursion = run(10, 6.0) + Array((0..<12).map { $0 % 2 == 0 ? 3.9 : 4.2 }) + run(30, 3.0)
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(5, 3.0) + dither + run(10, 3.0) + excursion))
        let alerts = try f.alerts()
        #expect(alerts.count == 1)
        #expect(alerts.first?.state == .resolved)
        #expect(alerts.first?.count == 10 + 6)
    }

    @Test func returnInsideShorterThanTheResolveHoldKeepsTheSameAlert() throws {
        let f = try AlertFixture()
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(5, 3.0) + run(10, 6.0) + run(3, 3.0) + run(10, 7.0) + run(30, 3.0)))
        let alerts = try f.alerts()
        #expect(alerts.count == 1)
        #expect(alerts.first?.count == 20)
        #expect(alerts.first?.message.contains("7 °C") == true)  // the worst reading of the excursion
    }

    @Test func twoExcursionsApartAreTwoAlerts() throws {
        let f = try AlertFixture()
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(5, 3.0) + run(10, 6.0) + run(30, 3.0) + run(10, 6.0) + run(30, 3.0)))
        #expect(try f.alerts().map(\.state) == [.resolved, .resolved])
    }

    @Test func ongoingExcursionFiresAndStaysOpenAndAShortOneIsPending() throws {
        let f = try AlertFixture()
        f.ingest([AlertFixture.standard()]
            + AlertFixture.minutely("truck.temp", site, run(5, 3.0) + run(10, 6.0))
            + AlertFixture.minutely("truck.temp", "沪A·冷链08", run(5, 3.0) + run(3, 6.0)))
        // Pending is not open: the open list has the firing one, the pending list the short one.
        let states = try (f.alerts(.open) + f.alerts(.pending)).map { [$0.subject: $0.state] }
        #expect(states.contains([site + "/truck.temp": .firing]))
        #expect(states.contains(["沪A·冷链08/truck.temp": .pending]))
        #expect(f.events.map(\.kind) == [.fire])
    }

    @Test func pendingAlertGoesAwayWhenTheRunEndsShort() throws {
        let f = try AlertFixture()
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(5, 3.0) + run(3, 6.0), endingMinutesAgo: 10))
        #expect(try f.alerts().map(\.state) == [.pending])
        f.ingest(AlertFixture.minutely("truck.temp", site, run(10, 3.0)))
        #expect(try f.alerts().isEmpty)
    }

    /// A run judged over batches and a collector restart: the alert stays pending while the run is shorter than
    /// the hold, and the batch that makes it outlast the hold fires it once, from the run's first reading.
    @Test func aRunPendingAcrossBatchesAndARestartFiresOnceWhenItOutlastsTheHold() throws {
        let f = try AlertFixture()
        let out = AlertFixture.now.millis - AlertFixture.minutes(8)
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(5, 3.0) + run(3, 6.0), endingMinutesAgo: 6))
        #expect(try f.alerts().map(\.state) == [.pending])

        let restarted = try f.reopened()
        // Out for five minutes: the hold (five minutes) is not yet exceeded.
        restarted.ingest(AlertFixture.minutely("truck.temp", site, run(3, 6.0), endingMinutesAgo: 3))
        #expect(try restarted.alerts().map(\.state) == [.pending])
        #expect(restarted.events.isEmpty)

        restarted.ingest(AlertFixture.minutely("truck.temp", site, [6.0], endingMinutesAgo: 2))
        restarted.ingest(AlertFixture.minutely("truck.temp", site, [6.5], endingMinutesAgo: 1))
        let alerts = try restarted.alerts()
        #expect(alerts.count == 1)
        let alert = try #require(alerts.first)
        #expect(alert.state == .firing)
        #expect(alert.firstSeen.millis == out)
        #expect(alert.count == 8)
        let firedAt = JSONValue(parsing: alert.detail ?? "")?.objectValue?["fired_at"]?.stringValue
        #expect(firedAt == Instant(millis: out + AlertFixture.minutes(6)).rfc3339(utcOffset: AlertFixture.offset))
        #expect(f.events.isEmpty)
        #expect(restarted.events.map(\.kind) == [.fire])
        #expect(restarted.events.first?.alert.id == alert.id)
    }

    @Test func liveBatchesFireThenResolveAndAnnounceBoth() throws {
        let f = try AlertFixture()
        let values = run(5, 3.0) + run(10, 6.0) + run(10, 3.0)
        let lines = AlertFixture.minutely("truck.temp", site, values)
        f.ingest([AlertFixture.standard()])
        for line in lines { f.ingest([line]) }
        #expect(f.events.map(\.kind) == [.fire, .resolve])
        #expect(try f.alerts().map(\.state) == [.resolved])
    }

    @Test func ingestingTheSameFileTwiceRaisesNothingNew() throws {
        let f = try AlertFixture()
        let lines = [AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(5, 3.0) + run(10, 6.0) + run(30, 3.0) + run(10, 6.0))
        f.ingest(lines, batchRows: 7)
        let before = try f.alerts()
        let eventsBefore = f.events.count
        let again = f.ingest(lines, batchRows: 7)
        #expect(again.duplicates == lines.count)
        #expect(try f.alerts() == before)
        #expect(f.events.count == eventsBefore)
    }

    /// The same rows in one batch, row by row, in chunks newest first and in a scrambled order give the same alerts.
    @Test func backFilledDataRaisesTheSameAlertsAsSmallBatches() throws {
        var lines: [String] = []
        for (i, truck) in ["沪A·冷链01", "沪A·冷链02", "沪A·冷链03"].enumerated() {
            var values: [Double] = []
            for k in 0..<6 {
                values += run(7 + (k * 5 + i * 3) % 11, 3.0)
                values += run(2 + (k * 7 + i) % 9, 5.0 + Double(k))
                values += (0..<(k + i) % 4).flatMap { _ in [3.9, 4.3] }
            }
            lines += AlertFixture.minutely("truck.temp", truck, values + run(3, 3.0))
        }
        func alerts(_ batches: [[String]]) throws -> [AlertRecord] {
            let f = try AlertFixture()
            f.ingest([AlertFixture.standard()])
            for batch in batches { f.ingest(batch, batchRows: 5) }
            return try f.alerts().map { var a = $0; a.id = 0; return a }
        }
        let whole = try alerts([lines])
        #expect(whole.count >= 6)
        #expect(try alerts(lines.map { [$0] }) == whole)
        let chunks = stride(from: 0, to: lines.count, by: 13).map { Array(lines[$0..<min($0 + 13, lines.count)]) }
        #expect(try alerts(chunks.reversed()) == whole)
        // Chunks in a scrambled order: gaps filled in later must undo what the gaps suggested.
        let scrambled = chunks.indices.sorted { ($0 * 7919) % chunks.count < ($1 * 7919) % chunks.count }.map { chunks[$0] }
        #expect(try alerts(scrambled) == whole)
    }

    @Test func aNewStandardJudgesTheRecentPastOfItsMetric() throws {
        let f = try AlertFixture()
        f.ingest(AlertFixture.minutely("truck.temp", site, run(5, 3.0) + run(10, 6.0)))
        #expect(try f.alerts().isEmpty)
        f.ingest([AlertFixture.standard()])
        #expect(try f.alerts().map(\.state) == [.firing])
    }

    @Test func aSeriesCorrectedIntoAStandardsStageIsJudgedByItAtTheNextBatch() throws {
        let f = try AlertFixture()
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(5, 3.0), endingMinutesAgo: 30, stage: "warehouse"))
        #expect(try f.alerts().isEmpty)
        // The engine keeps the store's series between batches: the correction must reach it.
        _ = try f.store.correctSeries(metric: "truck.temp", site: site, unit: nil, stage: .transport, by: "ops", role: "operator", at: f.now)
        f.ingest(AlertFixture.minutely("truck.temp", site, run(10, 6.0)))
        #expect(try f.alerts().map(\.state) == [.firing])
    }
}
