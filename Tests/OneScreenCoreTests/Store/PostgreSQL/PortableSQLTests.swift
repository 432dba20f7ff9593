import Foundation
import GRDB
import OneScreenTestSupport
import PostgresTestSupport
import Testing
@testable import OneScreenCore

/// One statement text, two engines: the store's queries are written once in the SQL both accept, with
/// `SQLDialect`'s hooks where they part, and give the same values from either.
@Suite struct PortableSQLTests {
    @Test func placeholdersAreRenumberedForPostgreSQLOutsideQuotesAndComments() {
        let sql = "SELECT ?, '?', \"a?\", ?3 -- what?\n, ?, 'it''s ?', ?"
        #expect(SQLDialect.postgres.statement(sql) == "SELECT $1, '?', \"a?\", $3 -- what?\n, $4, 'it''s ?', $5")
        #expect(SQLDialect.sqlite.statement(sql) == sql)
        #expect(SQLDialect.postgres.statement("WHERE series_id = ?1 AND time > ?2 AND time <= ?2 + ?10") ==
                "WHERE series_id = $1 AND time > $2 AND time <= $2 + $10")
    }

    /// The same statements through each engine's connection, compared value for value.
    @Test func theSameStatementsGiveTheSameValuesOnBothEngines() throws {
        let database = try PostgresCluster.shared().freshDatabase("portable")
        let postgres = try PostgresConnection(PostgresURL(database.url))
        let sqlite = try DatabaseQueue()
        // The schemas differ where the engines do (the real ones do too): PostgreSQL's text sorts by bytes only
        // when told, SQLite's always does and knows no collation named C.
        func schema(_ text: String) -> String {
            "CREATE TABLE t (id BIGINT PRIMARY KEY, name \(text) NOT NULL, score DOUBLE PRECISION, note \(text));"
        }
        try postgres.executeScript(schema(#"TEXT COLLATE "C""#), context: "test")
        try sqlite.write { try $0.execute(sql: schema("TEXT")) }

        func both(_ arguments: [SQLValue] = [], _ sql: (SQLDialect) -> String) throws -> [[SQLValue]] {
            let fromPostgres = try postgres.fetch(sql(.postgres), arguments).map(\.values)
            let fromSQLite = try sqlite.write { try $0.fetch(sql(.sqlite), arguments) }.map(\.values)
            #expect(fromPostgres == fromSQLite, "\(sql(.sqlite))")
            return fromSQLite
        }
        let rows: [[SQLValue]] = [[1, "沪A·冷链07", 3.5, nil], [2, "B", 1e-7, "x"], [3, "a", nil, "it's"]]
        for row in rows {
            _ = try both(row) { _ in "INSERT INTO t (id, name, score, note) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id" }
        }
        #expect(try both([1, "again"]) { _ in "INSERT INTO t (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING id" }.isEmpty)
        _ = try both([1, "沪A·冷链07", 9.25]) { d in """
            INSERT INTO t (id, name, score) VALUES (?1, ?2, ?3)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, score = \(d.greatest("t.score", "excluded.score"))
            WHERE (t.name, t.score) IS DISTINCT FROM (excluded.name, excluded.score)
            RETURNING id, name, score
            """ }
        _ = try both { _ in "SELECT id, name, score, note FROM t ORDER BY name, id" }
        _ = try both(["冷链"]) { d in "SELECT id FROM t WHERE \(d.contains("name", "?")) ORDER BY id" }
        _ = try both([7]) { d in "SELECT \(d.least("3", "CAST(? AS BIGINT)")), \(d.greatest("2.5", "1"))" }
        _ = try both { _ in """
            WITH ranked AS (SELECT id, score, row_number() OVER (ORDER BY score DESC NULLS LAST, id) AS n FROM t)
            SELECT id, n, COUNT(*) OVER () FROM ranked WHERE n <= 2 ORDER BY n
            """ }
        _ = try both { _ in """
            SELECT COUNT(*), SUM(CASE WHEN score > 1 THEN 1 ELSE 0 END), SUM(id), MIN(score), MAX(name),
                   CAST(SUM(id) AS DOUBLE PRECISION) / COUNT(*), CAST('42' AS BIGINT), 7 / 2, -7 / 2
            FROM t
            """ }
        // A parameter that may be NULL is given its type where it is first met, or PostgreSQL takes it for text there.
        _ = try both([.null]) { _ in "SELECT id FROM t WHERE CAST(? AS DOUBLE PRECISION) IS NULL ORDER BY id" }
        _ = try both([.null, 2]) { _ in "SELECT id FROM t WHERE CAST(?1 AS DOUBLE PRECISION) IS NULL OR score >= ?1 OR id = ?2 ORDER BY id" }
        _ = try both { _ in "SELECT id, score FROM t ORDER BY score NULLS FIRST, id" }
    }
}
