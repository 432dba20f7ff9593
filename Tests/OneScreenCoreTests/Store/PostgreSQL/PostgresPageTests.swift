import Foundation
import OneScreenTestSupport
import PostgresTestSupport
import Testing
@testable import OneScreenCore

/// Every page read from a PostgreSQL store holds what the same page read from the SQLite store it was copied
/// from holds: the queries are one text for both engines, and this is where that is held to account.
@Suite struct PostgresPageTests {
    @Test func everyPageReadsTheSameFromBothEngines() throws {
        let dir = TemporaryDirectory("pg-pages")
        let generator = SampleGenerator(seed: 5, scale: 0.05)
        _ = try generator.write(to: URL(fileURLWithPath: dir.file("data")))
        let sqlite = try Store(path: dir.file("store.sqlite"))
        let now = Instant(seconds: generator.end.timeIntervalSince1970)
        let offset = 8 * 3_600
        let ingestor = Ingestor(writer: StoreWriter(store: sqlite), now: { now }, report: { _ in })
        let alerts = AlertEngine(store: sqlite, utcOffset: offset)
        ingestor.onBatch { records in try alerts.evaluate(after: records, now: now) }
        _ = ingestor.run(IngestInput.resolve(paths: [dir.file("data")], type: nil).inputs)
        try alerts.evaluate(now: now)
        _ = try sqlite.acknowledgeAlert(id: try #require(sqlite.alerts(AlertFilter(states: .open, limit: 1)).first?.id),
                                        by: "zhao", role: "executive", note: "冷库门已关", at: now)
        _ = try sqlite.silence("*/温度", until: now.adding(seconds: 3_600), by: "zhao", role: "executive", note: nil, at: now)

        let database = try PostgresCluster.shared().freshDatabase("pages")
        let url = try PostgresURL(database.url)
        let db = try PostgresConnection(url)
        _ = try PostgresMigrator.migrate(db)
        _ = try SQLiteToPostgresCopy.copy(from: sqlite, into: db)
        let postgres = try Store(postgres: url)

        let overview = try sqlite.page(.overview, at: now, utcOffset: offset)
        guard case .overview(let panes) = overview.content else { Issue.record("not the overview"); return }
        let quality = try sqlite.page(.quality, at: now, utcOffset: offset)
        guard case .quality(let qualityPage) = quality.content else { Issue.record("not the quality page"); return }
        let customers = try sqlite.page(.customers, at: now, utcOffset: offset)
        guard case .customers(let customerRows) = customers.content else { Issue.record("not the customers"); return }
        let contracts = try sqlite.page(.contracts, at: now, utcOffset: offset)
        guard case .contracts(let contractList) = contracts.content else { Issue.record("not the contracts"); return }
        let allAlerts = try sqlite.alerts(AlertFilter(states: .all, limit: 1_000))
        let series = try #require(qualityPage.metrics.first { $0.value != nil })
        #expect(!panes.alerts.newest.isEmpty && !qualityPage.lots.isEmpty && !customerRows.isEmpty && !contractList.contracts.isEmpty)

        var requests: [PageRequest] = [.overview, .quality, .customers, .contracts, .marketing, .sources]
        requests += AlertFilter.States.allCases.map(PageRequest.alerts)
        requests += qualityPage.lots.prefix(5).map { .lot($0.id) } + [.lot("no-such-lot")]
        requests += customerRows.prefix(5).map { .customer($0.id) } + [.customer("no-such-customer")]
        requests += contractList.contracts.prefix(5).map { .contract($0.id) }
        requests += allAlerts.prefix(10).map { .alert($0.id) } + [.alert(-1)]
        requests += TimeRange.allCases.map { .series(SeriesRequest(site: series.site, metric: series.metric, range: $0)) }
        requests.append(.series(SeriesRequest(site: series.site, metric: series.metric, range: .hour, shift: 3 * 3_600_000)))
        for request in requests {
            let fromSQLite = Self.steady(try sqlite.page(request, at: now, utcOffset: offset))
            let fromPostgres = Self.steady(try postgres.page(request, at: now, utcOffset: offset))
            #expect(fromPostgres == fromSQLite, "\(request): \(Self.firstDifference(fromPostgres, fromSQLite))")
        }
        // A view of the PostgreSQL store is audited in it, as one of the SQLite store is in that.
        let view = AuditEntry(at: now, user: "li", role: "frontline", action: "view", subject: "page/quality", detail: nil)
        try postgres.appendAudit(view)
        try sqlite.appendAudit(view)
        let (postgresAudit, sqliteAudit) = (try postgres.audit(), try sqlite.audit())
        #expect(postgresAudit == sqliteAudit, "\(Self.firstDifference(postgresAudit, sqliteAudit))")
    }

    /// Where two values' descriptions part, with a little of each from there: a page's whole text is too long to read.
    static func firstDifference<T: Encodable>(_ a: T, _ b: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = { (value: T) in String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) }
        let (x, y) = (Array(text(a)), Array(text(b)))
        guard let at = x.indices.first(where: { $0 >= y.count || x[$0] != y[$0] }) ?? (x.count == y.count ? nil : x.count) else { return "" }
        let from = Swift.max(0, at - 120)
        return "PostgreSQL …\(String(x[from..<Swift.min(x.count, at + 120)]))… SQLite …\(String(y[from..<Swift.min(y.count, at + 120)]))…"
    }

    /// The page without what measures the read itself (the cockpit's response time), which no two reads share.
    static func steady(_ page: PageSnapshot) -> PageSnapshot {
        guard case .marketing(var cockpit) = page.content else { return page }
        var page = page
        cockpit.metrics = cockpit.metrics.map { metric in
            var metric = metric
            if metric.kind == .responseTime { metric.value = 0 }
            return metric
        }
        page.content = .marketing(cockpit)
        return page
    }
}
