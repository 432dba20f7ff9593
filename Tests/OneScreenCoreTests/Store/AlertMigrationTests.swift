import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// A store migrated by the first v2-alerts (briefly on main) opens with today's schema and keeps its alerts.
@Suite struct AlertMigrationTests {
    @Test func storeFromTheFirstV2AlertsGetsTheRuleIndex() throws {
        let dir = TemporaryDirectory("migration")
        let path = dir.file("old.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: StoreSchema.v1 + StoreSchema.v2)
            // The first v2-alerts differed from today's only in its index.
            try db.execute(sql: StoreSchema.v2Alerts.replacingOccurrences(
                of: "CREATE INDEX alert_rule_seen ON alert (rule, last_seen);",
                with: "CREATE INDEX alert_fingerprint_first ON alert (fingerprint, first_seen);"))
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO alert (fingerprint, rule, level, state, subject, message, first_seen, last_seen)
                    VALUES ('r|s', 'r', 3, 'firing', 's', 'm', 1, 2);
                """)
            for id in ["v1: records, alerts, health, rejects, audit", "v2: collector lease, source checkpoints", StoreSchema.firstV2Alerts] {
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [id])
            }
        }
        let store = try Store(path: path)
        #expect(try store.alerts(AlertFilter()).map(\.fingerprint) == ["r|s"])
        let (indexes, migrations) = try DatabaseQueue(path: path).read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'alert' ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"))
        }
        #expect(indexes.contains("alert_rule_seen"))
        #expect(!indexes.contains("alert_fingerprint_first"))
        #expect(!migrations.contains(StoreSchema.firstV2Alerts))
        // The same schema as a store made today.
        #expect(try DatabaseQueue(path: path).read { try StoreSchema.migrator.hasSchemaChanges($0) } == false)
    }
}
