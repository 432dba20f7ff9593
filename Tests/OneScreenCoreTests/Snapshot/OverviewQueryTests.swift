import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The overview snapshot against a small store whose right answers can be worked out by hand.
@Suite struct OverviewQueryTests {
    let dir = TemporaryDirectory("overview")
    /// 2026-11-23T10:00:00+08:00
    let now = Instant(seconds: Int64(1_795_392_000 + 2 * 3600))
    let offset = 8 * 3600

    func store(_ lines: [String]) throws -> Store {
        let store = try Store(path: dir.file("store.sqlite"))
        var problems: [String] = []
        let now = self.now
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { now }, report: { problems.append($0.description) })
        let summary = ingestor.run(IngestInput(name: "fixture.jsonl", origin: .bytes(Array(lines.joined(separator: "\n").utf8)), format: .jsonLines))
        #expect(problems == [])
        #expect(summary.rejected == 0)
        return store
    }

    func reading(_ metric: String, _ site: String, _ stage: String, minutesAgo: Int, _ value: Double, _ unit: String) -> String {
        let time = now.millis / 1000 - Int64(minutesAgo * 60)
        return #"{"type":"reading","metric":"\#(metric)","site":"\#(site)","stage":"\#(stage)","time":\#(time),"value":\#(value),"unit":"\#(unit)"}"#
    }

    var fixture: [String] {
        var lines = [
            #"{"type":"standard","id":"STD-T","name":"冷藏车厢温度","metric":"cold.temp","stage":"transport","max":4,"unit":"°C","level":3,"hold":300}"#,
            #"{"type":"standard","id":"STD-T4","name":"冷藏车厢温度(严重)","metric":"cold.temp","max":8,"unit":"°C","level":4}"#,
            #"{"type":"standard","id":"STD-P","name":"车间温度","metric":"plant.temp","stage":"plant","min":0,"max":12,"unit":"°C","level":3}"#,
        ]
        // Transport: 24 hourly readings inside, then the last three 10-minute readings at 6.5 °C (out since 30 min).
        for hour in 1...23 { lines.append(reading("cold.temp", "沪A·冷链07", "transport", minutesAgo: hour * 60, 3.0, "°C")) }
        for minutes in [30, 20, 10] { lines.append(reading("cold.temp", "沪A·冷链07", "transport", minutesAgo: minutes, 6.5, "°C")) }
        // Plant: always inside; one reading two days ago is outside the 24 h window and must not count.
        for hour in 0..<24 { lines.append(reading("plant.temp", "苏州加工厂", "plant", minutesAgo: hour * 60 + 5, 8.0, "°C")) }
        lines.append(reading("plant.temp", "苏州加工厂", "plant", minutesAgo: 48 * 60, 30.0, "°C"))
        lines += [
            #"{"type":"customer","id":"C1","name":"金鼎餐饮","kind":"restaurant","region":"华东","channel":"直营","since":"2024-01-02"}"#,
            #"{"type":"customer","id":"C2","name":"好邻居便利","kind":"residential_store","region":"华东","channel":"经销","since":"2024-03-02"}"#,
            #"{"type":"customer","id":"C3","name":"蓝海食堂","kind":"canteen","region":"华南","channel":"直营","since":"2025-05-02"}"#,
            #"{"type":"order","id":"O1","customer":"C1","time":"2026-11-20T12:00:00+08:00","amount":50000,"category":"冷冻食品","channel":"直营"}"#,
            #"{"type":"order","id":"O2","customer":"C1","time":"2026-11-10T12:00:00+08:00","amount":40000,"category":"冷冻食品","channel":"直营"}"#,
            #"{"type":"order","id":"O3","customer":"C2","time":"2026-06-10T12:00:00+08:00","amount":1000,"category":"包装食品","channel":"经销"}"#,
            #"{"type":"moment","id":"M1","customer":"C2","kind":"opening","date":"2026-11-26","action":"开业促销套餐"}"#,
            #"{"type":"moment","id":"M2","customer":"C1","kind":"promotion","date":"2026-12-10"}"#,
            #"{"type":"contract","id":"K1","title":"冷链配送框架合同","counterparty":"沪联物流","amount":1200000,"status":"performing","owner":"李强","end":"2026-12-01"}"#,
            #"{"type":"contract","id":"K2","title":"鸡肉原料采购","counterparty":"皖北养殖","amount":300000,"status":"performing","owner":"李强","end":"2027-06-01"}"#,
            #"{"type":"contract","id":"K3","title":"门店设备租赁","counterparty":"申城设备","amount":50000,"status":"completed","owner":"王敏","end":"2026-11-30"}"#,
            #"{"type":"milestone","id":"MS1","contract":"K1","name":"首批交付","due":"2026-11-20","amount":200000}"#,
            #"{"type":"milestone","id":"MS2","contract":"K1","name":"二批交付","due":"2026-11-20","done":"2026-11-19"}"#,
            #"{"type":"milestone","id":"MS3","contract":"K2","name":"验收","due":"2026-12-20"}"#,
            #"{"type":"seal_use","id":"S1","contract":"K1","seal":"contract","requested_by":"王敏","time":"2026-11-23T09:00:00+08:00","status":"used"}"#,
            #"{"type":"seal_use","id":"S2","contract":"K2","seal":"company","requested_by":"李强","time":"2026-11-23T09:30:00+08:00","status":"requested"}"#,
            #"{"type":"seal_use","id":"S3","contract":"K2","seal":"finance","requested_by":"李强","approved_by":"赵总","time":"2026-11-22T09:30:00+08:00","status":"used"}"#,
        ]
        return lines
    }

    @Test func qualityPaneCountsReadingsInsideTheirBandOverTheLastDay() throws {
        let store = try store(fixture)
        let quality = try store.overview(at: now, utcOffset: offset).quality
        let distribution = try #require(quality.segments.first { $0.segment == .distribution })
        let production = try #require(quality.segments.first { $0.segment == .production })
        #expect(distribution.compliance == .init(inside: 23, total: 26))
        #expect(production.compliance == .init(inside: 24, total: 24))
        #expect(quality.overall == .init(inside: 47, total: 50))
        #expect(distribution.hourly.count == 24)
        #expect(distribution.hourly.last == 0.0)  // the last hour holds only the three 6.5 °C readings
        // The figure equals the same question asked in SQL.
        let sql = try DatabaseQueue(path: store.path).read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM reading r JOIN series s ON s.id = r.series_id
                WHERE s.stage = 'transport' AND r.time > ? AND r.value <= 4
                """, arguments: [now.millis - 24 * 3_600_000])
        }
        #expect(sql == distribution.compliance.inside)
    }

    @Test func worstMetricsNameTheBrokenStandardAndWhenTheRunStarted() throws {
        let quality = try store(fixture).overview(at: now, utcOffset: offset).quality
        #expect(quality.openIssues == 1)
        let worst = try #require(quality.worst.first)
        #expect(worst.name == "冷藏车厢温度")
        #expect(worst.site == "沪A·冷链07")
        #expect(worst.value == 6.5)
        #expect(worst.max == 4)
        #expect(worst.level == .businessAnomaly)
        #expect(worst.since == now.adding(seconds: -30 * 60))
    }

    @Test func customerPaneSegmentsRanksAndLooksAWeekAhead() throws {
        let customers = try store(fixture).overview(at: now, utcOffset: offset).customers
        #expect(customers.total == 3)
        #expect(customers.topByValue.map(\.id) == ["C1", "C2", "C3"])
        #expect(customers.topByValue.first?.lifetimeValue == 90_000 * CustomerActivity.expectedLifetimeYears)
        #expect(customers.topByValue.first?.segment == .champion)
        #expect(customers.topByValue.last?.segment == .dormant)
        #expect(customers.segments.reduce(0) { $0 + $1.count } == 3)
        #expect(customers.upcomingMoments.map(\.id) == ["M1"])
        #expect(customers.upcomingMoments.first?.customerName == "好邻居便利")
        #expect(customers.upcomingMoments.first?.action == "开业促销套餐")
    }

    @Test func contractPaneFindsOverdueExpiringAndUnapproved() throws {
        let contracts = try store(fixture).overview(at: now, utcOffset: offset).contracts
        let performing = try #require(contracts.byStatus.first { $0.status == .performing })
        #expect(performing.count == 2)
        #expect(performing.amount == 1_500_000)
        #expect(contracts.byStatus.count == ContractStatus.allCases.count)
        #expect(contracts.overdueMilestones.map(\.id) == ["MS1"])
        #expect(contracts.overdueCount == 1)
        #expect(contracts.expiring.map(\.id) == ["K1"])  // K3 ends soon but is completed
        #expect(contracts.unapprovedSeals.map(\.id) == ["S1"])  // S2 still waits for approval: workflow, not risk
    }

    @Test func alertPaneShowsRaisedAlertsNewestFirstWithCountsPerLevel() throws {
        let store = try store(fixture)
        try DatabaseQueue(path: store.path).write { db in
            // 5 is pending: a problem not yet held long enough to be an alert, so neither counted nor listed.
            for (id, level, state, seen) in [(1, 3, "firing", 100), (2, 4, "acknowledged", 300), (3, 1, "resolved", 400), (4, 3, "firing", 200),
                                             (5, 1, "pending", 500)] {
                try db.execute(sql: """
                    INSERT INTO alert (id, fingerprint, rule, level, state, subject, message, first_seen, last_seen)
                    VALUES (?, ?, 'r', ?, ?, '沪A·冷链07', 'm', ?, ?)
                    """, arguments: [id, "f\(id)", level, state, seen, seen])
            }
        }
        let alerts = try store.overview(at: now, utcOffset: offset).alerts
        #expect(alerts.byLevel == [0, 0, 2, 1])
        #expect(alerts.newest.map(\.id) == [2, 4, 1])
        #expect(alerts.newest.first?.isAcknowledged == true)
    }

    @Test func freshnessIsTheNewestReadingTime() throws {
        let snapshot = try store(fixture).overview(at: now, utcOffset: offset)
        #expect(snapshot.freshness.newestReading == now.adding(seconds: -5 * 60))
        #expect(!snapshot.freshness.isStale(at: now))
        #expect(snapshot.freshness.isStale(at: now.adding(seconds: 3600)))
    }

    @Test func anEmptyStoreGivesAnEmptyButCompleteSnapshot() throws {
        let snapshot = try Store(path: dir.file("empty.sqlite")).overview(at: now, utcOffset: offset)
        #expect(snapshot.quality.overall.rate == nil)
        #expect(snapshot.quality.segments.count == 3)
        #expect(snapshot.customers.total == 0)
        #expect(snapshot.freshness.newestReading == nil)
        #expect(snapshot.freshness.isStale(at: now))
    }
}
