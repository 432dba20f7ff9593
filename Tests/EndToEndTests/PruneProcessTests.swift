import Foundation
import GRDB
import OneScreenTestSupport
import Testing

/// `onescreen prune` and `onescreen check` on the `retention:` section, as real processes.
@Suite struct PruneProcessTests {
    let dir = TemporaryDirectory("prune-e2e")

    @Test func pruneDeletesWhatTheConfigsRetentionNoLongerKeeps() throws {
        let now = Int(Date().timeIntervalSince1970) / 60 * 60
        let lines = [now - 3 * 86_400, now - 3 * 86_400 + 20, now - 600].map { time in
            #"{"type":"reading","metric":"truck.temp","site":"沪A·冷链07","stage":"transport","time":\#(time),"value":3.5,"unit":"°C"}"#
        }
        let data = dir.write("readings.jsonl", lines.joined(separator: "\n") + "\n")
        let store = dir.file("store.sqlite")
        #expect(try BuiltBinary.run(["ingest", "--store", store, data]).status == 0)
        let config = dir.write("config.yaml", "retention:\n  raw: 2d\n")
        let r = try BuiltBinary.run(["prune", "--config", config, "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "\(store): deleted 2 raw readings, 0 minute and 0 hour rollups, 0 rejected rows\n")
        let (raw, minutes) = try DatabaseQueue(path: store).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reading")!, try Int.fetchOne(db, sql: "SELECT SUM(count) FROM reading_minute")!)
        }
        #expect(raw == 1)
        #expect(minutes == 2, "the deleted readings live on in their minute")
    }

    @Test func pruneWithVacuumGivesTheFreedSpaceBack() throws {
        let now = Int(Date().timeIntervalSince1970) / 60 * 60
        // 200,000 readings three days old: megabytes that retention `raw: 2d` frees.
        var text = ""
        for i in 0..<200_000 {
            text += #"{"type":"reading","metric":"truck.temp","site":"沪A·冷链\#(i % 20)","stage":"transport","time":\#(now - 3 * 86_400 - i),"value":3.5,"unit":"°C"}"# + "\n"
        }
        let data = dir.write("old.jsonl", text)
        let store = dir.file("big.sqlite")
        #expect(try BuiltBinary.run(["ingest", "--store", store, data]).status == 0)
        let config = dir.write("config.yaml", "retention:\n  raw: 2d\n")
        func size() -> Int64 { ((try? FileManager.default.attributesOfItem(atPath: store)[.size]) as? NSNumber)?.int64Value ?? 0 }
        let filled = size()
        let r = try BuiltBinary.run(["prune", "--vacuum", "--config", config, "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("deleted 200000 raw readings"), "\(r.stdout)")
        #expect(size() * 2 < filled, "\(filled) bytes before, \(size()) after")
        let minutes = try DatabaseQueue(path: store).read { db in try Int.fetchOne(db, sql: "SELECT SUM(count) FROM reading_minute") }
        #expect(minutes == 200_000, "the readings live on in their minutes")
    }

    @Test func checkNamesABadRetentionWithItsLine() throws {
        let config = dir.write("config.yaml", "refresh: 2s\nretention:\n  raw: 90d\n  minute: a year\n  hourly: forever\n")
        let r = try BuiltBinary.run(["check", "--config", config])
        #expect(r.status == 2)
        #expect(r.stderr == """
            \(config):4: retention.minute: expected a duration such as 30d, 90d or 5y, or forever, found 'a year'
            \(config):5: retention.hourly: unknown key (did you mean 'hour'?)

            """)
    }
}
