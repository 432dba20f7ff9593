import Foundation
import OneScreenTestSupport
import PostgresTestSupport
import Synchronization
import Testing
@testable import OneScreenCore

/// The PostgreSQL schema on a real server: migrating (concurrently too), the audit's guard and the application
/// role's rights, day partitions, collector leases per group, and change notices on a primary and a standby.
@Suite struct PostgresSchemaTests {
    let database: PostgresTestDatabase

    init() throws {
        database = try PostgresCluster.shared().freshDatabase("schema")
    }

    func connect(user: String = PostgresCluster.superuser) throws -> PostgresConnection {
        try PostgresConnection(PostgresURL(database.url(user: user)))
    }

    func migrated() throws -> PostgresConnection {
        let db = try connect()
        _ = try PostgresMigrator.migrate(db)
        return db
    }

    @Test func migrateMakesTheSchemaOnceAndOpeningChecksIt() throws {
        let db = try connect()
        let empty = #expect(throws: PostgresError.self) { try PostgresMigrator.checkCurrent(db) }
        #expect(empty?.description.contains("holds no onescreen store") == true)
        #expect(empty?.description.contains("onescreen migrate --store") == true)
        #expect(try PostgresMigrator.migrate(db) == .init(from: nil, to: PostgresSchema.currentVersion, roles: []))
        #expect(try PostgresMigrator.migrate(db) == .init(from: PostgresSchema.currentVersion, to: PostgresSchema.currentVersion, roles: []))
        try PostgresMigrator.checkCurrent(db)

        try db.execute("INSERT INTO store_migration (version, name) VALUES (999, 'from a newer onescreen')")
        let newer = #expect(throws: PostgresError.self) { try PostgresMigrator.checkCurrent(db) }
        #expect(newer?.description.contains("newer than this onescreen knows") == true)
        #expect(throws: PostgresError.self) { try PostgresMigrator.migrate(db) }
    }

    @Test func migrationsStartedTogetherApplyOnce() async throws {
        let url = database.url
        let outcomes = try await withThrowingTaskGroup(of: PostgresMigrator.Outcome.self) { group in
            for _ in 0..<4 {
                group.addTask { try PostgresMigrator.migrate(PostgresConnection(PostgresURL(url))) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { $0.from == nil }.count == 1, "one run made the schema, the others found it made")
        #expect(try connect().fetchOne("SELECT count(*) FROM store_migration")?[0] == .integer(Int64(PostgresSchema.currentVersion)))
    }

    @Test func textSortsByBytesWhateverTheDatabasesLocale() throws {
        let db = try migrated()
        try db.execute("INSERT INTO source (name) VALUES ('b'), ('B'), ('a'), ('沪'), ('Z')")
        // The cluster's own collation puts 'a' before 'B'; the store's columns sort as SQLite does.
        #expect(try db.fetch("SELECT name FROM source ORDER BY name").compactMap { $0[0].string } == ["B", "Z", "a", "b", "沪"])
    }

    @Test func theAuditIsAppendOnlyEvenForItsOwnerAndTheAppRoleMayOnlyAddAndRead() throws {
        let role = "app_\(database.name)"
        try database.superuserScript("CREATE ROLE \(role) LOGIN")
        defer { try? database.superuserScript("DROP OWNED BY \(role); DROP ROLE \(role)") }
        let owner = try connect()
        #expect(try PostgresMigrator.migrate(owner, grantTo: [role]).roles == [role])

        let app = try connect(user: role)
        try app.execute(#"INSERT INTO audit (at, "user", role, action, subject) VALUES (1, 'zhao', 'executive', 'view', 'customer/K1')"#)
        #expect(try app.fetchOne("SELECT count(*) FROM audit")?[0] == .integer(1))
        for change in ["UPDATE audit SET subject = 'nothing'", "DELETE FROM audit", "TRUNCATE audit"] {
            let refused = #expect(throws: PostgresError.self, "\(change) as the app") { try app.execute(change) }
            #expect(refused?.isPermissionDenied == true, "\(change): \(String(describing: refused))")
            let guarded = #expect(throws: PostgresError.self, "\(change) as the owner") { try owner.execute(change) }
            #expect(guarded?.description.contains("audit rows are append-only") == true, "\(change): \(String(describing: guarded))")
        }
        #expect(try owner.fetchOne("SELECT count(*) FROM audit")?[0] == .integer(1))

        // The records are the app's to write; the schema is not.
        try app.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
        try app.execute("UPDATE meta SET value = 'w'")
        #expect(throws: PostgresError.self) { try app.execute("CREATE TABLE mine (x int)") }
        #expect(throws: PostgresError.self) { try app.execute("DROP TABLE meta") }
        #expect(throws: PostgresError.self) { try app.execute("DELETE FROM store_migration") }
        #expect(try PostgresPartitions.ensure([20_000], app) == 1, "partitions through the owner's function")
        try app.transaction { try PostgresPartitions.drop(20_000, app) }
        #expect(try PostgresPartitions.existing(app).isEmpty)
    }

    @Test func readingsLiveInDayPartitionsMadeAheadAndOnDemand() throws {
        let db = try migrated()
        let now = Instant(millis: 1_795_400_260_000)  // 2026-11-23T10:17:40+08:00, UTC day 20_780
        let today = PostgresPartitions.day(of: now.millis)
        #expect(today == 20_780)
        #expect(try PostgresPartitions.ensureAhead(of: now, db) == 3)
        #expect(try PostgresPartitions.ensureAhead(of: now, db) == 0)
        #expect(try PostgresPartitions.existing(db) == [today, today + 1, today + 2])
        #expect(try db.fetch("SELECT relname FROM pg_class WHERE relname LIKE 'reading\\_2%' AND relkind = 'r' ORDER BY 1").compactMap { $0[0].string }
                == ["reading_20261123", "reading_20261124", "reading_20261125"])
        try db.execute("INSERT INTO reading VALUES (1, $1, 1.5, NULL, 1)", [.integer(now.millis)])
        // A back-filled day has no partition until the writer makes it.
        let old = now.millis - 40 * PostgresPartitions.dayMillis
        #expect(throws: PostgresError.self) { try db.execute("INSERT INTO reading VALUES (1, $1, 1.5, NULL, 1)", [.integer(old)]) }
        try PostgresPartitions.ensure([PostgresPartitions.day(of: old)], db)
        try db.execute("INSERT INTO reading VALUES (1, $1, 1.5, NULL, 1)", [.integer(old)])
        #expect(try db.fetchOne("SELECT count(*) FROM reading")?[0] == .integer(2))
    }

    @Test func writersMeetingNewDaysAtOnceMakeEachPartitionOnce() async throws {
        _ = try migrated()
        let url = database.url
        let made = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask { try PostgresPartitions.ensure(Array(20_000..<20_030), PostgresConnection(PostgresURL(url))) }
            }
            return try await group.reduce(0, +)
        }
        #expect(made == 30)
        #expect(try connect().fetchOne("SELECT count(*) FROM pg_inherits WHERE inhparent = 'reading'::regclass")?[0] == .integer(30))
    }

    @Test func eachCollectorGroupHasALeaseOfItsOwnTimedByTheDatabase() throws {
        let a = try migrated(), b = try connect()
        #expect(try PostgresLease.acquire(group: "east", holder: "host1:1", millis: 10_000, a).map { $0 > 9_000 } == true)
        #expect(try PostgresLease.acquire(group: "west", holder: "host2:1", millis: 10_000, b) != nil, "another group collects at once")
        #expect(try PostgresLease.acquire(group: "east", holder: "host3:1", millis: 10_000, b) == nil, "the group's lease is held")
        #expect(try PostgresLease.acquire(group: "east", holder: "host1:1", millis: 10_000, a) != nil, "its holder renews it")
        #expect(try PostgresLease.holder(group: "east", b) == "host1:1")

        // A holder that stops renewing loses the lease when the database's clock passes its expiry.
        #expect(try PostgresLease.acquire(group: "north", holder: "host4:1", millis: 50, a) != nil)
        #expect(try PostgresLease.acquire(group: "north", holder: "host5:1", millis: 10_000, b) == nil)
        try b.execute("SELECT pg_sleep(0.1)")
        #expect(try PostgresLease.acquire(group: "north", holder: "host5:1", millis: 10_000, b) != nil)

        try PostgresLease.release(group: "east", holder: "host1:1", a)
        #expect(try PostgresLease.holder(group: "east", b) == nil)
        #expect(try PostgresLease.holder(group: "west", a) == "host2:1")
    }

    @Test func aCommittedChangeIsOneNoticeAndLeaseRenewalsAreNone() async throws {
        let db = try migrated()
        let monitor = try PostgresChangeMonitor(PostgresURL(database.url))
        #expect(!monitor.isStandby && monitor.socket != nil)
        #expect(try monitor.hasChanged(), "the first call always says so")
        #expect(try !monitor.hasChanged())
        try db.transaction {
            try db.execute("INSERT INTO source (name) VALUES ('a')")
            try db.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
            try db.execute("UPDATE meta SET value = 'w'")
        }
        let listener = try connect()
        try listener.listen(PostgresSchema.changeChannel)
        try db.execute("INSERT INTO source (name) VALUES ('b'), ('c')")
        #expect(try listener.waitForNotifications(timeout: .seconds(5)).count == 1)
        #expect(try await Poll.until(timeout: 5) { try monitor.hasChanged() })
        #expect(try !monitor.hasChanged())
        _ = try PostgresLease.acquire(group: "default", holder: "h", millis: 10_000, db)
        #expect(try listener.waitForNotifications(timeout: .milliseconds(300)).isEmpty)
    }

    @Test func aViewerOfAStandbyPollsItsReplayAndKnowsItsLag() async throws {
        let primary = try migrated()
        try primary.execute("INSERT INTO meta (key, value) VALUES ('k', 'before')")
        let standby = try database.cluster.standby()
        defer { standby.stop() }
        let url = try PostgresURL(standby.url(database.name))
        let monitor = try PostgresChangeMonitor(url)
        #expect(monitor.isStandby && monitor.socket == nil)
        #expect(try monitor.hasChanged())
        let reader = try PostgresConnection(url)
        #expect(try await Poll.until(timeout: 10) { try reader.fetchOne("SELECT value FROM meta")?[0] == .text("before") })
        _ = try monitor.hasChanged()

        try primary.execute("UPDATE meta SET value = 'after'")
        #expect(try await Poll.until(timeout: 10) { try monitor.hasChanged() }, "the change is replayed and seen")
        #expect(try reader.fetchOne("SELECT value FROM meta")?[0] == .text("after"))
        let lag = try #require(try monitor.standbyLag())
        #expect(lag >= 0 && lag < 10)
        #expect(throws: PostgresError.self, "a standby refuses writes") { try reader.execute("UPDATE meta SET value = 'x'") }
    }
}
