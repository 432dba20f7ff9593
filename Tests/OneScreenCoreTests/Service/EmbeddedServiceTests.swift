import Foundation
import GRDB
import Testing
@testable import OneScreenCore

/// The data side's rules, as embedded mode and every server connection apply them: roles narrow, views are audited
/// once per opening and not served when the audit cannot be written, actions need their permission.
@Suite struct EmbeddedServiceTests {
    @Test func aRoleRequestNarrowsClearancePagesAndPermissionsAndNeverRaises() throws {
        let policy = AccessPolicy(roles: Role.builtIn, users: ["li": "frontline", "4242": "ops"], grades: GradeBook())
        let li = PeerIdentity(uid: 1001, name: "li")
        #expect(try policy.viewer(for: li, owner: 0, requested: nil).role.name == "frontline")
        #expect(throws: AccessError.self) { try policy.viewer(for: li, owner: 0, requested: "executive") }
        // ops has the clearance of frontline and a page more: asking for it gives no page frontline lacks.
        let asOps = try policy.viewer(for: li, owner: 0, requested: "ops").role
        #expect(asOps.clearance == .internal && !asOps.mayOpen(page: "sources") && asOps.permissions.isEmpty)
        // By uid when the uid has no passwd entry; the environment is never asked.
        #expect(policy.role(of: PeerIdentity(uid: 4242, name: nil), owner: 0).name == "ops")
        #expect(policy.role(of: PeerIdentity(uid: 5555, name: "root"), owner: 0).name == "kiosk")
        // With nothing configured only the store's owner is trusted.
        #expect(AccessPolicy.unconfigured.role(of: PeerIdentity(uid: 7, name: "x"), owner: 7).name == "executive")
        #expect(AccessPolicy.unconfigured.role(of: PeerIdentity(uid: 8, name: "x"), owner: 7).name == "kiosk")
    }

    @Test func everyOpeningAbovePublicIsAuditedOnceAndRefusalsToo() throws {
        let f = try ServiceFixture()
        let ops = try f.service("ops")
        for _ in 0..<3 { _ = try ops.page(.overview, at: AlertFixture.now, utcOffset: 0) }
        _ = try ops.page(.quality, at: AlertFixture.now, utcOffset: 0)
        _ = try ops.page(.overview, at: AlertFixture.now, utcOffset: 0)
        #expect(try f.audit("view").map(\.subject) == ["page overview", "page quality", "page overview"])
        _ = try ops.alerts(AlertFilter())
        _ = try ops.alerts(AlertFilter())
        #expect(try f.audit("view").last?.subject == "list alerts (open)")
        #expect(try f.audit("view").count == 4)
        #expect(throws: ServiceError.self) { try ops.page(.customers, at: AlertFixture.now, utcOffset: 0) }
        let refused = try #require(try f.audit("refused").first)
        #expect(refused.user == "u-ops" && refused.subject == "page customers" && refused.detail?.contains("may not open") == true)
        // A wall sees nothing above public: its rotation writes no rows.
        _ = try f.service("kiosk").page(.overview, at: AlertFixture.now, utcOffset: 0)
        #expect(try f.audit("view").count == 4)
    }

    @Test func panningASeriesIsOneViewOfItAndAnotherRangeIsAnother() throws {
        let f = try ServiceFixture()
        let ops = try f.service("ops")
        let series = SeriesRequest(site: "沪A·冷链07", metric: "cold.temp", range: .day)
        for hours in [0, 6, 12, 6] {
            var panned = series
            panned.shift = Int64(hours) * 3_600_000
            _ = try ops.page(.series(panned), at: AlertFixture.now, utcOffset: 0)
        }
        var zoomed = series
        zoomed.range = .week
        _ = try ops.page(.series(zoomed), at: AlertFixture.now, utcOffset: 0)
        #expect(try f.audit("view").map(\.subject) == ["series 沪A·冷链07/cold.temp 24h", "series 沪A·冷链07/cold.temp 7d"])
    }

    @Test func aViewWhoseAuditRowCannotBeWrittenIsNotServed() throws {
        let f = try ServiceFixture()
        let queue = try DatabaseQueue(path: f.store.path)
        try queue.write { try $0.execute(sql: "CREATE TRIGGER audit_broken BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk full'); END") }
        let executive = try f.service("executive")
        do {
            _ = try executive.page(.customer("C1"), at: AlertFixture.now, utcOffset: 0)
            Issue.record("a customer 360 was served without its audit row")
        } catch {
            #expect(error.description.contains("audit row could not be written"))
        }
        #expect(throws: ServiceError.self) { try executive.prune(vacuum: false) }
        #expect(try f.store.tableCounts().first { $0.0 == "reading" }?.1 == 20)
    }

    @Test func pruneNeedsItsPermissionUsesTheServersRetentionAndIsAudited() throws {
        let f = try ServiceFixture()
        #expect(throws: ServiceError.refused("role frontline may not prune; ask for a role with the prune permission")) {
            try f.service("frontline").prune(vacuum: false)
        }
        let report = try f.service("ops").prune(vacuum: false)
        #expect(report.deleted.total == 0)
        let row = try #require(try f.audit("prune").first)
        #expect(row.role == "ops" && row.detail?.contains("raw 90d") == true)
    }

    @Test func aWildcardOrAnL4SilenceNeedsSilenceBroadlyAndADashboardSubjectIsLiteral() throws {
        let f = try ServiceFixture()
        let open = try f.store.alerts(AlertFilter())
        let l3 = try #require(open.first { $0.level == .businessAnomaly })
        let l4 = try #require(open.first { $0.level == .complianceRisk })
        let frontline = try f.service("frontline")
        for target in ["*", "standard/*", "std?rd/STD-T"] {
            #expect(throws: ServiceError.self) { try frontline.silence(SilenceRequest(target: .pattern(target), duration: .seconds(3600))) }
        }
        #expect(throws: ServiceError.self) { try frontline.silence(SilenceRequest(target: .ruleOf(alert: l4.id), duration: .seconds(3600))) }
        #expect(try f.audit("refused").count == 4)
        let literal = try frontline.silence(SilenceRequest(target: .subjectOf(alert: l3.id), duration: .seconds(3600)))
        #expect(literal.openMatching == 1)
        #expect(try f.service("ops").silence(SilenceRequest(target: .pattern("*"), duration: .seconds(3600))).openMatching == open.count)
        #expect(throws: ServiceError.alertAction(.tooLong)) {
            try f.service("ops").silence(SilenceRequest(target: .pattern("x"), duration: .seconds(31 * 86_400)))
        }
        // A subject with wildcard characters in it, silenced from the dashboard, mutes only itself.
        let glob = Glob.literal("沪A*/t?")
        #expect(glob.isLiteral && glob.matches("沪A*/t?") && !glob.matches("沪AB/tx"))
        #expect(Glob("a\\*b").matches("a*b") && !Glob("a\\*b").matches("axb"))
    }

    @Test func actingNeedsARoleThatReadsAlertsInFull() throws {
        let f = try ServiceFixture()
        let id = try #require(try f.store.alerts(AlertFilter()).first).id
        #expect(throws: ServiceError.self) { try f.service("kiosk").acknowledge(alert: id, note: nil) }
        let acked = try f.service("frontline").acknowledge(alert: id, note: "on it")
        #expect(acked.ackedBy == "u-frontline")
        #expect(try f.audit("acknowledge").count == 1)
    }
}
