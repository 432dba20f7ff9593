import Foundation
import GRDB
import OneScreenTestSupport
import PostgresTestSupport
import Testing
@testable import OneScreenCore

/// Moving a SQLite store into PostgreSQL: every row of every table arrives as it was, and ids continue after it.
@Suite struct SQLiteToPostgresCopyTests {
    @Test func everyRowArrivesAsItWasAndIdsContinueAfterIt() throws {
        let dir = TemporaryDirectory("copy-store")
        let generator = SampleGenerator(seed: 3, scale: 0.05)
        _ = try generator.write(to: URL(fileURLWithPath: dir.file("data")))
        let store = try Store(path: dir.file("store.sqlite"))
        let now = Instant(seconds: generator.end.timeIntervalSince1970)
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { now }, report: { _ in })
        let summary = ingestor.run(IngestInput.resolve(paths: [dir.file("data")], type: nil).inputs)
        #expect(summary.accepted > 10_000)
        try store.appendAudit(AuditEntry(at: now, user: "zhao", role: "executive", action: "view", subject: "customer/K1", detail: "测试\tdetail"))

        let database = try PostgresCluster.shared().freshDatabase("copy")
        let db = try PostgresConnection(PostgresURL(database.url))
        _ = try PostgresMigrator.migrate(db)
        let copied = try SQLiteToPostgresCopy.copy(from: store, into: db)
        #expect(copied.first { $0.table == "reading" }!.rows > 5_000)

        for table in SQLiteToPostgresCopy.tables {
            let columns = try db.fetch("""
                SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1
                ORDER BY ordinal_position
                """, [.text(table)]).compactMap { $0[0].string }.map { "\"\($0)\"" }.joined(separator: ", ")
            let sql = "SELECT \(columns) FROM \(table) ORDER BY \(columns)"
            let fromPostgres = try db.fetch(sql).map(\.values)
            let fromSQLite = try store.pool.read { try $0.fetch(sql, []) }.map(\.values)
            #expect(fromPostgres.count == fromSQLite.count, "\(table)")
            #expect(fromPostgres == fromSQLite, "\(table)")
        }
        // A new series gets the id SQLite would have given it.
        let next = try db.fetchOne("INSERT INTO series (metric, site, stage, unit) VALUES ('x', 'y', 'farm', 'kg') RETURNING id")?[0]
        #expect(next == .integer(try store.pool.read { try Int64.fetchOne($0, sql: "SELECT max(id) + 1 FROM series") ?? 1 }))
        #expect(throws: PostgresError.self, "a store with rows is not copied into again") { try SQLiteToPostgresCopy.copy(from: store, into: db) }
    }
}
