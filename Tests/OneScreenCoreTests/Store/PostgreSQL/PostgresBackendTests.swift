import Foundation
import OneScreenTestSupport
import PostgresTestSupport
import Testing
@testable import OneScreenCore

/// The PostgreSQL engine behind the store: transactions over kept connections that recover when the server cuts
/// them, and the store named by URL or path.
@Suite struct PostgresBackendTests {
    @Test func transactionsRecoverFromAConnectionTheServerCut() throws {
        let database = try PostgresCluster.shared().freshDatabase("backend")
        let backend = try PostgresBackend(url: PostgresURL(database.url))
        try backend.write { try $0.execute("CREATE TABLE t (n BIGINT)", []) }
        try backend.write { try $0.execute("INSERT INTO t VALUES (?), (?)", [1, 2]) }
        #expect(try backend.read { try $0.value("SELECT sum(n) FROM t") } == .integer(3))
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try backend.write { db in
                try db.execute("INSERT INTO t VALUES (?)", [100])
                throw Stop()
            }
        }
        #expect(try backend.read { try $0.value("SELECT count(*) FROM t") } == .integer(2))

        // Every connection of the store cut at once, as a server restart does.
        try database.superuserScript("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        try backend.write { try $0.execute("INSERT INTO t VALUES (?)", [3]) }
        #expect(try backend.read { try $0.value("SELECT count(*) FROM t") } == .integer(3), "kept connections are replaced as they begin")
    }

    @Test func aStoreIsNamedByPathOrByURL() throws {
        #expect(try StoreAddress("postgresql://onescreen@db1.example:5432/onescreen?sslmode=verify-full")
                == .postgres(PostgresURL("postgresql://onescreen@db1.example:5432/onescreen?sslmode=verify-full")))
        #expect(try StoreAddress("/var/lib/onescreen/store.sqlite") == .sqlite(path: "/var/lib/onescreen/store.sqlite"))
        #expect(throws: PostgresError.self) { try StoreAddress("postgresql://onescreen:hunter2@db1.example/onescreen") }
    }
}
