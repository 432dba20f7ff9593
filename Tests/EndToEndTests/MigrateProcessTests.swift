import Foundation
import OneScreenCore
import OneScreenTestSupport
import PostgresTestSupport
import Testing

/// `onescreen migrate` as an operator runs it against a real PostgreSQL server.
@Suite struct MigrateProcessTests {
    @Test func migrateMakesTheSchemaOnceCopiesASQLiteStoreAndRefusesAPasswordInTheURL() throws {
        let database = try PostgresCluster.shared().freshDatabase("migratecli")
        let dir = TemporaryDirectory("migrate-cli")
        let readings = (0..<50).map { i in
            #"{"type":"reading","metric":"cold.temp","site":"沪A·冷链07","stage":"transport","time":\#(1_795_400_000 + i * 60),"value":\#(Double(i) / 10),"unit":"°C"}"#
        }.joined(separator: "\n")
        let ingested = try BuiltBinary.run(["ingest", "--store", dir.file("store.sqlite"), "-"], stdin: readings)
        #expect(ingested.status == 0, "\(ingested.stderr)")

        let first = try BuiltBinary.run(["migrate", "--store", database.url, "--copy-from", dir.file("store.sqlite")])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("no store → version \(PostgresSchema.currentVersion)"))
        #expect(first.stdout.contains("reading: 50 rows"))
        let again = try BuiltBinary.run(["migrate", "--store", database.url])
        #expect(again.status == 0 && again.stdout.contains("version \(PostgresSchema.currentVersion) → version \(PostgresSchema.currentVersion)"), "\(again.stdout)\(again.stderr)")

        let password = try BuiltBinary.run(["migrate", "--store", "postgresql://app:hunter2@127.0.0.1/onescreen"])
        #expect(password.status == 2)
        #expect(password.stderr.contains("~/.pgpass") && !password.stderr.contains("hunter2"), "\(password.stderr)")
        let missing = try BuiltBinary.run(["migrate", "--store", database.url, "--copy-from", dir.file("none.sqlite")])
        #expect(missing.status == 2 && missing.stderr.contains("no SQLite store at"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("none.sqlite")))
    }
}
