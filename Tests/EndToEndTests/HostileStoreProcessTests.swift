import Foundation
import GRDB
import OneScreenTestSupport
import Testing

/// Stores as they may be found: rows written before ingest bounded numbers, stores from elsewhere, broken ones.
@Suite struct HostileStoreProcessTests {
    let dir = TemporaryDirectory("hostile-store")

    @Test func figuresStoredBeforeTheRangeCheckDrawOnEveryPage() throws {
        let store = try PageStoreFixture.make(in: dir)
        try DatabaseQueue(path: store).write { db in
            try db.execute(sql: "UPDATE reading SET value = 1e17 WHERE time = (SELECT max(time) FROM reading)")
            try db.execute(sql: "UPDATE reading SET value = -1e308 WHERE time = (SELECT min(time) FROM reading)")
            try db.execute(sql: "UPDATE reading_hour SET max = 1e17, sum = 1e308")
            let today = ISO8601DateFormatter().string(from: Date()).prefix(10)
            try db.execute(sql: "INSERT INTO marketing VALUES (?, 'c', 'x', 1e308, 9e18, 9e18, 1, 1, 1e308, 1)", arguments: [String(today)])
            try db.execute(sql: "UPDATE standard SET max = 1e17")
            try db.execute(sql: "UPDATE contract SET amount = 1e27")
            try db.execute(sql: "UPDATE orders SET amount = 1e300")
        }
        for page in ["overview", "quality", "customers", "contracts", "marketing", "alerts", "sources"] {
            let r = try BuiltBinary.run(["snapshot", "--store", store, "--page", page, "--size", "120x40"])
            #expect(r.status == 0, "\(page): \(r.stderr)")
            #expect(r.stdout.split(separator: "\n").count == 40, "\(page)")
        }
        let r = try BuiltBinary.run(["snapshot", "--store", store, "--page", "customers", "--select", PageStoreFixture.customer])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func commandLineTimesAndDurationsOutOfRangeAreUsageErrors() throws {
        let store = try PageStoreFixture.make(in: dir)
        let at = try BuiltBinary.run(["snapshot", "--store", store, "--at", "9223372036854775807"])
        #expect(at.status == 64, "\(at.stderr)")
        #expect(at.stderr.contains("--at"), "\(at.stderr)")
        let since = try BuiltBinary.run(["audit", "--store", store, "--since", "99999999999999999999y"])
        #expect(since.status == 64, "\(since.stderr)")
        let day = try BuiltBinary.run(["audit", "--store", store, "--since", "2026-12-01"])
        #expect(day.status == 0, "\(day.stderr)")
        let silence = try BuiltBinary.run(["alerts", "silence", "x", "--store", store, "--for", "99999999999999999999y"])
        #expect(silence.status == 64, "\(silence.stderr)")
        let refresh = try BuiltBinary.run(["--store", store, "--refresh", "1e300"])
        #expect(refresh.status == 64, "\(refresh.stderr)")
    }
}
