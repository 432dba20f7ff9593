import Foundation
import GRDB
import Testing
@testable import OneScreenCore

/// Rules over what the store holds now: silent sensors and sources, and the business rules.
@Suite struct StoreRuleTests {
    @Test func silentSensorFiresAndResolvesOnceItHasKeptSendingForTheResolveHold() throws {
        let rule = AlertRule(name: "sensor-silent", level: .systemFault,
                             condition: .noData(NoDataCondition(target: .series(metric: .any, site: .any), after: .minutes(30))))
        let f = try AlertFixture(rules: [rule])
        f.ingest(AlertFixture.minutely("truck.temp", "沪A·冷链08", run(5, 3.0), endingMinutesAgo: 10))
        #expect(try f.tick().isEmpty)
        // The timer finds a sensor that stopped; ingesting readings that are already old finds it too.
        f.now = AlertFixture.now + .minutes(25)
        #expect(try f.tick().map(\.kind) == [.fire])
        f.ingest(AlertFixture.minutely("truck.temp", "沪A·冷链07", run(5, 3.0), endingMinutesAgo: 45))
        let alerts = try f.alerts()
        #expect(alerts.allSatisfy { $0.level == .systemFault && $0.state == .firing })
        // Silent since its last reading plus the 30 minutes allowed.
        #expect(Dictionary(uniqueKeysWithValues: alerts.map { ($0.subject, $0.firstSeen) }) == [
            "沪A·冷链07/truck.temp": AlertFixture.now - .minutes(15), "沪A·冷链08/truck.temp": AlertFixture.now + .minutes(20),
        ])
        #expect(try f.tick().isEmpty)

        // It sends again: clearing, not resolved until it has kept sending for the resolve hold.
        f.now = AlertFixture.now + .minutes(26)
        f.ingest([AlertFixture.reading("truck.temp", "沪A·冷链08", at: f.now, 3.0)])
        #expect(try f.alerts(.open).count == 2)
        f.now = AlertFixture.now + .minutes(32)
        #expect(try f.tick().map(\.alert.subject) == ["沪A·冷链08/truck.temp"])
        #expect(try f.alerts(.open).map(\.subject) == ["沪A·冷链07/truck.temp"])
    }

    @Test func silentSourceFiresFromTheCollectorsHealthRecord() throws {
        let rule = AlertRule(name: "source-silent", level: .systemFault,
                             condition: .noData(NoDataCondition(target: .source(Glob("erp*")), after: .hours(1))))
        let f = try AlertFixture(rules: [rule])
        try DatabaseQueue(path: f.store.path).write { db in
            for (name, hoursAgo) in [("erp-orders", 3), ("erp-contracts", 0), ("mes-line1", 5)] {
                try db.execute(sql: "INSERT INTO source_health (name, kind, state, last_success) VALUES (?, 'exec', 'ok', ?)",
                               arguments: [name, (AlertFixture.now - .hours(Int64(hoursAgo))).millis])
            }
        }
        try f.tick()
        #expect(try f.alerts().map(\.subject) == ["erp-orders"])
    }

    var business: [String] {
        [
            #"{"type":"customer","id":"C1","name":"金鼎餐饮","kind":"restaurant","region":"华东","channel":"直营","since":"2024-01-02"}"#,
            #"{"type":"moment","id":"M1","customer":"C1","kind":"opening","date":"2026-11-26","action":"开业促销套餐"}"#,
            #"{"type":"moment","id":"M2","customer":"C1","kind":"promotion","date":"2026-11-28"}"#,
            #"{"type":"moment","id":"M3","customer":"C1","kind":"promotion","date":"2026-12-20"}"#,
            #"{"type":"contract","id":"K1","title":"冷链配送框架合同","counterparty":"沪联物流","amount":1200000,"status":"performing","owner":"李强","end":"2026-12-01"}"#,
            #"{"type":"contract","id":"K4","title":"门店设备采购","counterparty":"申城设备","amount":80000,"status":"review","owner":"王敏","end":"2026-12-03"}"#,
            #"{"type":"contract","id":"K5","title":"包材采购","counterparty":"华东包装","amount":30000,"status":"approved","owner":"王敏","end":"2027-03-01"}"#,
            #"{"type":"milestone","id":"MS1","contract":"K1","name":"首批交付","due":"2026-11-20","amount":200000}"#,
            #"{"type":"milestone","id":"MS2","contract":"K1","name":"二批交付","due":"2026-11-20","done":"2026-11-19"}"#,
            #"{"type":"milestone","id":"MS3","contract":"K1","name":"验收","due":"2026-12-20"}"#,
            #"{"type":"seal_use","id":"S1","contract":"K1","seal":"contract","requested_by":"王敏","time":"2026-11-23T09:00:00+08:00","status":"used"}"#,
            #"{"type":"seal_use","id":"S2","contract":"K4","seal":"company","requested_by":"李强","time":"2026-11-23T09:30:00+08:00","status":"requested"}"#,
            #"{"type":"seal_use","id":"S3","contract":"K1","seal":"finance","requested_by":"李强","approved_by":"赵总","time":"2026-11-22T09:30:00+08:00","status":"used"}"#,
        ]
    }

    @Test func businessRulesFireOnIngestOnceEachWithTheirLevels() throws {
        let f = try AlertFixture()
        f.ingest(business)
        let found = try f.alerts().map { "\($0.rule) \($0.subject) \($0.level.label)" }.sorted()
        #expect(found == [
            "contract-expiring K4 L3",
            "milestone-overdue K1/MS1 L3",
            "moment-no-action C1/M2 L2",
            "seal-unapproved K1/S1 L4",
        ])
        let overdue = try #require(try f.alerts().first { $0.rule == "milestone-overdue" })
        #expect(overdue.message == "K1 milestone 首批交付 was due 2026-11-20, 3 days overdue")
        #expect(overdue.firstSeen == CalendarDay("2026-11-21")!.start(utcOffset: AlertFixture.offset))
        let expiring = try #require(try f.alerts().first { $0.rule == "contract-expiring" })
        #expect(expiring.message.hasPrefix("K4 门店设备采购 (申城设备) ends 2026-12-03"), "\(expiring.message)")
        // The timer finds the same problems: nothing new.
        #expect(try f.tick().isEmpty)
        #expect(try f.alerts().count == 4)
    }

    @Test func doneMilestoneAndApprovedSealResolveTheirAlerts() throws {
        let f = try AlertFixture()
        f.ingest(business)
        f.ingest([
            #"{"type":"milestone","id":"MS1","contract":"K1","name":"首批交付","due":"2026-11-20","done":"2026-11-23","amount":200000}"#,
            #"{"type":"seal_use","id":"S1","contract":"K1","seal":"contract","requested_by":"王敏","approved_by":"赵总","time":"2026-11-23T09:00:00+08:00","status":"used"}"#,
        ])
        let resolved = try f.alerts().filter { $0.state == .resolved }.map(\.rule).sorted()
        #expect(resolved == ["milestone-overdue", "seal-unapproved"])
        #expect(f.events.filter { $0.kind == .resolve }.count == 2)
    }

    @Test func dateRulesMoveWithTheClock() throws {
        let f = try AlertFixture()
        f.ingest(business)
        // Eleven days later M2 has passed, M3 is still more than a week away and K4 has ended.
        f.now = AlertFixture.now + .days(11)
        #expect(try f.tick().map(\.alert.subject).sorted() == ["C1/M2", "K4"])
        #expect(try f.alerts(.open).map(\.subject).sorted() == ["K1/MS1", "K1/S1"])
        // Twenty days later (12-13) M3 is a week away with no action yet; MS3 is still ahead.
        f.now = AlertFixture.now + .days(20)
        #expect(try f.tick().map(\.alert.subject) == ["C1/M3"])
    }
}
