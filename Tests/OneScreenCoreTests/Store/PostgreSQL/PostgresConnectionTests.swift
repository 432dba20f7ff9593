import Foundation
import OneScreenTestSupport
import PostgresTestSupport
import Synchronization
import Testing
@testable import OneScreenCore

/// The PostgreSQL client against a real server: values both ways, transactions, COPY, LISTEN, and what a user
/// sees when something fails.
@Suite struct PostgresConnectionTests {
    let database: PostgresTestDatabase

    init() throws {
        database = try PostgresCluster.shared().freshDatabase("client")
    }

    func connect(onNotice: (@Sendable (String) -> Void)? = nil) throws -> PostgresConnection {
        try PostgresConnection(PostgresURL(database.url), onNotice: onNotice)
    }

    @Test func valuesComeBackAsSQLiteWouldGiveThem() throws {
        let db = try connect()
        let tricky = "沪A·冷链07\t\"quoted\" \\ back"
        let row = try #require(try db.fetchOne(
            "SELECT $1::bigint AS i, $2::float8 AS d, $3::text AS t, NULL AS n, true AS yes, false AS no, "
                + "(SELECT SUM(x) FROM (VALUES (1::bigint), (2)) v(x)) AS total, AVG(x) AS mean, COUNT(*) AS count "
                + "FROM (VALUES (1), (2)) w(x)",
            [.integer(Int64.min), .real(0.1 + 0.2), .text(tricky)]))
        #expect(row["i"] == .integer(Int64.min))
        #expect(row["d"] == .real(0.1 + 0.2), "a double comes back bit for bit")
        #expect(row["t"] == .text(tricky))
        #expect(row["n"] == .null)
        #expect(row["yes"] == .integer(1) && row["no"] == .integer(0), "booleans as SQLite keeps them")
        #expect(row["total"] == .integer(3), "SUM of integers is numeric in PostgreSQL; whole, it is an integer")
        #expect(row["mean"] == .real(1.5))
        #expect(row["count"] == .integer(2))
        for value in [1e-300, -0.0, 123_456_789.123_456_78, Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude] {
            #expect(try db.fetchOne("SELECT $1::float8", [.real(value)])?[0] == .real(value), "\(value)")
        }
        // Parameters carry their types, so `$1 + 1` needs no cast; a NULL takes its type from where it is used.
        #expect(try db.fetchOne("SELECT $1 + 1", [.integer(41)])?[0] == .integer(42))
        try db.execute("CREATE TABLE t (n bigint, s text)")
        try db.execute("INSERT INTO t VALUES ($1, $2)", [.null, .null])
        #expect(try db.fetchOne("SELECT n, s FROM t")?.values == [.null, .null])
    }

    @Test func aTransactionKeepsAllOrNothing() throws {
        let db = try connect()
        try db.execute("CREATE TABLE t (id bigint PRIMARY KEY)")
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (1)")
                throw Stop()
            }
        }
        #expect(try db.fetchOne("SELECT count(*) FROM t")?[0] == .integer(0))
        // A statement that fails inside rolls back the whole transaction and leaves the connection usable.
        #expect(throws: PostgresError.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (2)")
                try db.execute("INSERT INTO t VALUES (2)")
            }
        }
        let stored = try db.transaction { try db.execute("INSERT INTO t VALUES (3), (4)") }
        #expect(stored == 2)
        #expect(try db.fetch("SELECT id FROM t ORDER BY id").map { $0[0] } == [.integer(3), .integer(4)])
    }

    @Test func aSnapshotTransactionSeesOneStateOfTheDatabase() throws {
        let reader = try connect(), writer = try connect()
        try writer.execute("CREATE TABLE t (id bigint)")
        let (before, after) = try reader.transaction(.snapshot) {
            let before = try reader.fetchOne("SELECT count(*) FROM t")?[0]
            try writer.execute("INSERT INTO t VALUES (1)")
            return (before, try reader.fetchOne("SELECT count(*) FROM t")?[0])
        }
        #expect(before == .integer(0) && after == .integer(0), "a commit in between is not seen")
        #expect(try reader.fetchOne("SELECT count(*) FROM t")?[0] == .integer(1))
        #expect(throws: PostgresError.self) { try reader.transaction(.snapshot) { try reader.execute("INSERT INTO t VALUES (2)") } }
    }

    @Test func errorsSayWhatFailedWithoutTheStatementOrItsData() throws {
        let db = try connect()
        try db.execute("CREATE TABLE customer (id text PRIMARY KEY, phone text)")
        try db.execute("INSERT INTO customer VALUES ('K1', '13812345678')")
        let duplicate = #expect(throws: PostgresError.self) {
            try db.execute("INSERT INTO customer VALUES ('K1', '13812345678')", context: "storing customers")
        }
        #expect(duplicate?.sqlState == "23505")
        #expect(duplicate?.description.hasPrefix("storing customers: duplicate key value violates unique constraint") == true)
        #expect(duplicate?.description.contains("13812345678") == false, "the row's values stay in `detail`, for the log")
        #expect(duplicate?.detail?.contains("K1") == true)
        let syntax = #expect(throws: PostgresError.self) { try db.fetch("SELEC phone FROM customer", context: "reading") }
        #expect(syntax?.sqlState == "42601")
        #expect(syntax?.description.contains("FROM customer") == false)
    }

    @Test func aPasswordInTheURLIsRefusedBeforeAnyConnection() {
        for url in ["postgresql://app:sekrit@db.example/onescreen", "postgresql://app@db.example/onescreen?password=sekrit"] {
            let error = #expect(throws: PostgresError.self) { try PostgresURL(url) }
            #expect(error?.description.contains("sekrit") == false)
            #expect(error?.description.contains("~/.pgpass") == true)
        }
        #expect(PostgresURL.names("postgresql://a@b/c") && PostgresURL.names("postgres://a@b/c"))
        #expect(!PostgresURL.names("/var/lib/onescreen/store.sqlite"))
    }

    @Test func aServerThatIsNotThereIsNamedInTheError() throws {
        let closed = try PostgresURL("postgresql://postgres@127.0.0.1:1/onescreen?sslmode=disable")
        let error = #expect(throws: PostgresError.self) { try PostgresConnection(closed) }
        #expect(error?.description.hasPrefix("connecting to postgresql://postgres@127.0.0.1:1/onescreen") == true)
        #expect(error?.description.contains("Connection refused") == true)
        #expect(error?.description.contains("\n") == false, "one line, for a status bar")
    }

    @Test func copyStoresAwkwardTextExactlyAndAbandonedCopiesStoreNothing() throws {
        let db = try connect()
        try db.execute("CREATE TABLE t (n bigint, d float8, s text)")
        let texts: [String?] = ["tab\there", "new\nline\r\n", "back\\slash", "\\N", "", nil, "鲁·养殖场03 👩‍🌾"]
        let stored = try db.copyIn("COPY t (n, d, s) FROM STDIN", context: "copy test") { rows in
            for (i, text) in texts.enumerated() {
                rows.add(Int64(i) - 3)
                rows.add(Double(i) / 3)
                rows.add(text)
                try rows.endRow()
            }
        }
        #expect(stored == texts.count)
        let back = try db.fetch("SELECT n, d, s FROM t ORDER BY n")
        #expect(back.map { $0[2].string } == texts)
        #expect(back.map { $0[1].double! } == texts.indices.map { Double($0) / 3 })

        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try db.copyIn("COPY t (n) FROM STDIN", context: "copy test") { rows in
                for i in 0..<100_000 {
                    rows.add(Int64(i))
                    try rows.endRow()
                    if i == 99_000 { throw Stop() }
                }
            }
        }
        #expect(try db.fetchOne("SELECT count(*) FROM t")?[0] == .integer(Int64(texts.count)), "the abandoned rows are not kept")
        #expect(try db.fetchOne("SELECT 1")?[0] == .integer(1), "and the connection is usable after")
    }

    @Test func aNotificationArrivesOnlyOnceItsTransactionCommits() throws {
        let listener = try connect(), writer = try connect()
        try listener.listen("store_changed")
        #expect(try listener.waitForNotifications(timeout: .milliseconds(50)).isEmpty)
        try writer.transaction {
            try writer.execute("SELECT pg_notify('store_changed', '17')")
            #expect(try listener.waitForNotifications(timeout: .milliseconds(100)).isEmpty, "not before commit")
        }
        let received = try listener.waitForNotifications(timeout: .seconds(5))
        #expect(received.map(\.channel) == ["store_changed"])
        #expect(received.map(\.payload) == ["17"])
        #expect(listener.socket >= 0)
    }

    @Test func theServersWarningsReachTheHandlerCleaned() throws {
        let heard = Mutex<[String]>([])
        let db = try connect { message in heard.withLock { $0.append(message) } }
        try db.execute(#"DO $$ BEGIN RAISE WARNING 'odd %', E'\x1b[2Jvalue\nforged log line'; END $$"#)
        try db.execute("DO $$ BEGIN RAISE NOTICE 'below the level we ask for'; END $$")
        #expect(heard.withLock { $0 } == ["WARNING: odd [2Jvalue forged log line"])
    }
}
