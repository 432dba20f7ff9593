import Foundation
import Testing
@testable import OneScreenCore

/// Each leak that field-by-field masking let through: a low role's snapshot, list or JSON must not carry what its
/// clearance hides, whichever part of the value carries it.
@Suite struct MaskingLeakTests {
    static func viewer(_ role: String) -> Viewer { Viewer(user: "u", role: Role.builtIn.first { $0.name == role }!) }
    let kiosk = MaskingLeakTests.viewer("kiosk")
    let frontline = MaskingLeakTests.viewer("frontline")
    let executive = MaskingLeakTests.viewer("executive")

    func alert(subject: String = "沪A·冷链07/truck.temp") -> AlertRecord {
        AlertRecord(id: 1, fingerprint: AlertRecord.fingerprint(rule: "standard/STD-T", subject: subject),
                    rule: "standard/STD-T", level: .businessAnomaly, state: .firing, subject: subject,
                    message: "陈静 的车厢温度 6°C", firstSeen: Instant(millis: 0), lastSeen: Instant(millis: 60_000))
    }

    @Test func theFingerprintIsMaskedWithTheSubjectItContains() throws {
        let masked = alert().masked(for: kiosk)
        #expect(masked.subject == Masking.hiddenText)
        #expect(!masked.fingerprint.contains("沪A"))
        let json = AlertJSON.text(AlertJSON.object(masked, utcOffset: 0))
        #expect(!json.contains("沪A") && !json.contains("陈静"))
        #expect(alert().masked(for: executive).fingerprint == alert().fingerprint)
    }

    @Test func aTextFilterMatchesOnlyWhatTheViewerSees() throws {
        let f = try AlertFixture()
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", "沪A·冷链07", Array(repeating: 6.0, count: 20)))
        let stored = try #require(try f.alerts().first)
        #expect(stored.subject.contains("沪A"))
        // Stored text answers an executive; for a kiosk it would be an oracle, one character at a time.
        #expect(try f.store.alerts(AlertFilter(states: .all, text: "沪A").visible(to: executive)).count == 1)
        #expect(try f.store.alerts(AlertFilter(states: .all, text: "沪A").visible(to: kiosk)).isEmpty)
        #expect(try f.store.alerts(AlertFilter(states: .all, text: "冷链07").visible(to: kiosk)).isEmpty)
        // What the kiosk does see still finds it: the rule, and the `***` it reads in place of the subject.
        #expect(try f.store.alerts(AlertFilter(states: .all, text: "STD-T").visible(to: kiosk)).count == 1)
        #expect(try f.store.alerts(AlertFilter(states: .all, text: "**").visible(to: kiosk)).count == 1)
    }

    @Test func aListSortedByAMaskedAmountIsOrderedByWhatTheViewerSeesTiesById() {
        func row(_ id: String, _ amount: Double) -> ContractRow {
            ContractRow(id: id, title: "t", counterparty: "c", amount: amount, status: .performing, owner: "o",
                        signed: nil, end: nil, overdueMilestones: 0)
        }
        // As the store orders them: amount descending. C and A share an order of magnitude.
        let list = ContractListSnapshot(byStatus: [], contracts: [row("C", 9_000_000), row("B", 20_000_000), row("A", 1_500_000)].sorted { $0.amount > $1.amount })
        let masked = list.masked(for: frontline)
        #expect(masked.contracts.map(\.id) == ["B", "A", "C"])
        #expect(masked.contracts.map(\.amount) == [10_000_000, 1_000_000, 1_000_000])
        // Hidden entirely, nothing is left to rank by but the id.
        #expect(list.masked(for: kiosk).contracts.map(\.id) == ["A", "B", "C"])
        #expect(list.masked(for: executive).contracts.map(\.id) == ["B", "C", "A"])

        let rows = [CustomerRow(id: "z", name: "甲", kind: .restaurant, region: "华东", segment: .champion, orders: 1, spend: 1, lifetimeValue: 900),
                    CustomerRow(id: "a", name: "乙", kind: .restaurant, region: "华东", segment: .champion, orders: 1, spend: 1, lifetimeValue: 200)]
        let page = PageSnapshot(now: Instant(millis: 0), utcOffset: 0, freshness: DataFreshness(newestReading: nil, lastWrite: nil),
                                sources: [], content: .customers(rows))
        guard case .customers(let shown) = page.masked(for: Self.viewer("ops")).content else { Issue.record("not customers"); return }
        #expect(shown.map(\.id) == ["a", "z"])
    }

    func customer() -> Customer360 {
        Customer360(
            row: CustomerRow(id: "C1", name: "陈记餐饮", kind: .restaurant, region: "华东", segment: .champion, orders: 3, spend: 5000, lifetimeValue: 15000),
            channel: "direct", contact: "陈静", phone: "13812345678", vipLevel: 5, riskPreference: .high, since: nil,
            tags: [CustomerTagLine(kind: .statistical, key: "客单价", value: "1,250"), CustomerTagLine(kind: .evaluation, key: "信用评级", value: "AAA")],
            scores: RFMScores(recency: 5, frequency: 5, monetary: 5), monthlySpend: [1000, 2000],
            moments: [CustomerMoment(kind: .opening, date: CalendarDay(daysSinceEpoch: 20_000), action: "给陈静送开业花篮")],
            similar: [], nextBestCategories: [])
    }

    @Test func tagsVipLevelAndRiskFollowTheirGrade() {
        let shown = customer().masked(for: frontline)
        #expect(shown.tags.map(\.value) == [Masking.hiddenText, Masking.hiddenText])
        #expect(shown.tags.map(\.key) == ["客单价", "信用评级"])
        #expect(shown.vipLevel == nil && shown.riskPreference == nil)
        let full = customer().masked(for: executive)
        #expect(full.tags.map(\.value) == ["1,250", "AAA"] && full.vipLevel == 5)
    }

    @Test func momentActionsAreMaskedOnThe360AndTheOverview() {
        #expect(customer().masked(for: kiosk).moments.map(\.action) == [Masking.hiddenText])
        let moment = CustomerOverview.UpcomingMoment(id: "M1", customer: "C1", customerName: "陈记餐饮", kind: .opening,
                                                     date: CalendarDay(daysSinceEpoch: 20_000), action: "给陈静送开业花篮")
        let overview = CustomerOverview(total: 1, segments: [], topByValue: [], upcomingMoments: [moment]).masked(for: kiosk)
        #expect(overview.upcomingMoments.first?.action == Masking.hiddenText)
        #expect(overview.upcomingMoments.first?.customerName == "陈***")
    }

    @Test func theCockpitsFiguresAreNotForAWall() {
        let cockpit = MarketingSnapshot(metrics: [CockpitMetric(kind: .lifetimeValue, value: 123_456, daily: [1, 2, nil])])
        let wall = cockpit.masked(for: kiosk)
        #expect(wall.metrics.first?.value == nil)
        #expect(wall.metrics.first?.daily == [nil, nil, nil])
        #expect(cockpit.masked(for: frontline) == cockpit)
        let page = PageSnapshot(now: Instant(millis: 0), utcOffset: 0, freshness: DataFreshness(newestReading: nil, lastWrite: nil),
                                sources: [], content: .marketing(cockpit)).masked(for: kiosk)
        #expect(page.masks[.marketingFigure] == .partial)
        #expect(page.content == .marketing(wall))
    }

    @Test func sourceErrorsLoseTheirCredentialsForEveryone() {
        let status = SourceStatus(name: "gw", kind: "http", state: .failing, lastSuccess: nil,
                                  lastError: "GET http://ops:s3cret@gw.local:8080/feed?x=1 failed; retry https://a:b@c/d",
                                  accepted: 0, rejected: 0, nextRun: nil)
        for viewer in [executive, kiosk] {
            let shown = status.masked(for: viewer)
            #expect(shown.lastError == "GET http://***@gw.local:8080/feed?x=1 failed; retry https://***@c/d")
        }
        #expect(URLCredentials.removed("mail ops@example.com about http://gw/x") == "mail ops@example.com about http://gw/x")
        let page = PageSnapshot(now: Instant(millis: 0), utcOffset: 0, freshness: DataFreshness(newestReading: nil, lastWrite: nil),
                                sources: [status], content: .sources([status])).masked(for: executive)
        #expect(page.sources.first?.lastError?.contains("s3cret") == false)
        #expect(page.content != .sources([status]))
    }

    @Test func aMaskedSnapshotSurvivesTheWireUnchanged() throws {
        let page = PageSnapshot(now: Instant(millis: 9_000), utcOffset: 28_800, freshness: DataFreshness(newestReading: nil, lastWrite: nil),
                                sources: [], content: .customer(customer())).masked(for: frontline)
        let decoded = try JSONDecoder().decode(PageSnapshot.self, from: JSONEncoder().encode(page))
        #expect(decoded == page)
    }
}
