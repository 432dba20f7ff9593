import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Generated data as the store holds it after ingest: the planned excursions break their standards, the spikes
/// and everything else do not, and readings name lots whose journey the lot events tell.
@Suite struct SampleStoreTests {
    /// Generates and ingests; `now` is the generator's end, so the run does not depend on the machine's clock.
    /// Debug-build ingest costs about a second per 15,000 rows, so the cases that need no full set use a lower
    /// scale (fewer readings, the same excursions and business records).
    private func ingested(seed: UInt64, scale: Double) throws -> (SampleGenerator, DatabaseQueue, TemporaryDirectory) {
        let dir = TemporaryDirectory("generate-store")
        let generator = SampleGenerator(seed: seed, scale: scale)
        let files = try generator.write(to: URL(fileURLWithPath: dir.file("data")))
        let store = try Store(path: dir.file("store.sqlite"))
        let now = Instant(seconds: generator.end.timeIntervalSince1970)
        var problems: [String] = []
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { now }, report: { problems.append($0.description) })
        let summary = ingestor.run(IngestInput.resolve(paths: [dir.file("data")], type: nil).inputs)
        #expect(problems == [])
        #expect(summary.rejected == 0)
        #expect(summary.accepted == files.map(\.rows).reduce(0, +))
        return (generator, try DatabaseQueue(path: store.path), dir)
    }

    /// The shipped set, and another seed sampled sparsely: a standard is broken only where an excursion is planned,
    /// however densely the series report.
    @Test(arguments: [(1, 1), (5, 0.25)] as [(UInt64, Double)])
    func excursionsBreakTheirStandardsAndNothingElseDoes(seed: UInt64, scale: Double) throws {
        let (generator, db, _) = try ingested(seed: seed, scale: scale)
        let standards = try db.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, metric, min, max, unit, level, hold FROM standard").map { row in
                Standard(id: row["id"], name: row["name"], metric: row["metric"], stage: nil, min: row["min"], max: row["max"],
                         unit: row["unit"], level: row["level"], hold: row["hold"])
            }
        }
        let series = try db.read { try Row.fetchAll($0, sql: "SELECT id, metric, site FROM series ORDER BY id") }
        var excursionsSeen: Set<String> = []
        var spikesSeen: Set<String> = []
        for row in series {
            let metric: String = row["metric"], site: String = row["site"]
            let standard = try #require(standards.first { $0.metric == metric }, "no standard for \(metric)")
            let readings = try db.read { db in
                try Row.fetchAll(db, sql: "SELECT time, value FROM reading WHERE series_id = ? ORDER BY time", arguments: [row["id"]])
                    .map { (time: ($0["time"] as Int64) / 1000, value: $0["value"] as Double) }
            }
            for run in OutOfBandRun.runs(readings, standard: standard) {
                let start = Date(timeIntervalSince1970: TimeInterval(run.start))
                if let excursion = generator.excursions.first(where: { $0.site == site && $0.metric == metric && $0.start == start }) {
                    excursionsSeen.insert(excursion.id)
                    #expect(run.end.map { Date(timeIntervalSince1970: TimeInterval($0)) } == excursion.end, "\(excursion.id)")
                    #expect(run.duration > standard.hold, "\(excursion.id) lasts \(run.duration) s")
                    #expect(excursion.standard == standard.id)
                } else if let spike = generator.spikes.first(where: { $0.site == site && $0.metric == metric && $0.time == start }) {
                    spikesSeen.insert(spike.id)
                    #expect(run.readings == 1, "\(spike.id)")
                    #expect(run.end != nil && run.duration < standard.hold, "\(spike.id) lasts \(run.duration) s")
                } else {
                    #expect(run.end != nil && run.duration < standard.hold, "unplanned \(metric) at \(site) from \(start), \(run.duration) s")
                }
            }
        }
        #expect(excursionsSeen == Set(generator.excursions.map(\.id)))
        #expect(spikesSeen == Set(generator.spikes.map(\.id)))
    }

    @Test func readingsAndLotEventsTellTheSameJourneys() throws {
        let (generator, db, _) = try ingested(seed: 1, scale: 0.25)
        let end = Int64(generator.end.timeIntervalSince1970) * 1000
        try db.read { db in
            #expect(try Int64.fetchOne(db, sql: "SELECT max(time) FROM reading") == end)
            // Every lot a truck reading names was loaded on that truck (a transport event at the same site).
            let orphans = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM reading r JOIN series s ON s.id = r.series_id
                WHERE r.lot IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM lot_event e WHERE e.lot = r.lot AND e.stage = 'transport' AND e.site = s.site AND e.event = 'arrive')
                """)
            #expect(orphans == 0)
            let carried = try Int.fetchOne(db, sql: "SELECT count(DISTINCT lot) FROM reading WHERE lot IS NOT NULL") ?? 0
            #expect(carried > 100)
            // Lots follow the chain in order of time: farm, plant, transport, warehouse, store.
            let outOfOrder = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM lot_event a JOIN lot_event b ON a.lot = b.lot AND a.time < b.time
                WHERE (CASE a.stage WHEN 'farm' THEN 0 WHEN 'plant' THEN 1 WHEN 'transport' THEN 2 WHEN 'warehouse' THEN 3 ELSE 4 END)
                    > (CASE b.stage WHEN 'farm' THEN 0 WHEN 'plant' THEN 1 WHEN 'transport' THEN 2 WHEN 'warehouse' THEN 3 ELSE 4 END)
                """)
            #expect(outOfOrder == 0)
        }
    }
}
