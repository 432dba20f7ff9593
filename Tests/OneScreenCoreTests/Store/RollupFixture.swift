import Foundation
import GRDB
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// A store of readings dense enough to fill minutes and hours, and the questions the rollups answer asked again in
/// plain SQL over the raw rows.
struct RollupFixture {
    let dir: TemporaryDirectory
    let store: Store
    /// What ingest takes for now (readings after it are refused).
    let ingestedAt: Instant
    /// 2026-11-23T10:17:40+08:00: on neither an hour nor a minute, so windows ending now have ragged ends.
    static let now = Instant(millis: 1_795_400_260_000)

    /// - Parameter ingestedAt: later than `now` for readings dated after the instant a test reads at.
    init(ingestedAt: Instant = now) throws {
        dir = TemporaryDirectory("rollups")
        store = try Store(path: dir.file("store.sqlite"))
        self.ingestedAt = ingestedAt
    }

    /// The collector harness's store, ingesting as of `now`.
    init(_ harness: CollectorHarness, now: Instant) {
        dir = harness.dir
        store = harness.store
        ingestedAt = now
    }

    static let standards = [
        #"{"type":"standard","id":"STD-T","name":"车厢温度","metric":"truck.temp","stage":"transport","min":0,"max":4,"unit":"°C","level":3}"#,
        #"{"type":"standard","id":"STD-P","name":"车间温度","metric":"line.temp","max":12,"unit":"°C","level":3}"#,
    ]

    /// `hours` of readings before `end` from three series: a truck every 20 s swinging across its band, a plant
    /// line every 7 min, a door counter no standard covers every minute. Times are multiples of each step, as
    /// sensors sampling on the clock give.
    static func readings(hours: Int, endingAt end: Instant = now) -> [String] {
        var lines: [String] = []
        let last = end.millis / 1000, first = last - Int64(hours) * 3600
        func series(every step: Int64, _ line: (Int64) -> String) {
            var time = (first / step + 1) * step
            while time <= last {
                lines.append(line(time))
                time += step
            }
        }
        series(every: 20) { reading("truck.temp", "沪A·冷链07", "transport", $0, 3 + 2.5 * sin(Double($0) / 900), "°C") }
        series(every: 420) { reading("line.temp", "苏州加工厂", "plant", $0, 10 + 3 * sin(Double($0) / 5000), "°C") }
        series(every: 60) { reading("door.open", "苏·门店01", "store", $0, Double($0 / 60 % 3), "次") }
        return lines
    }

    static func reading(_ metric: String, _ site: String, _ stage: String, _ seconds: Int64, _ value: Double, _ unit: String) -> String {
        #"{"type":"reading","metric":"\#(metric)","site":"\#(site)","stage":"\#(stage)","time":\#(seconds),"value":\#((value * 10).rounded() / 10),"unit":"\#(unit)"}"#
    }

    /// Ingests `lines` through `writer` (a new one when nil, as another process would have), expecting no rejects.
    @discardableResult
    func ingest(_ lines: [String], writer: StoreWriter? = nil) -> IngestSummary {
        var problems: [String] = []
        let now = ingestedAt
        let ingestor = Ingestor(writer: writer ?? StoreWriter(store: store), now: { now }, report: { problems.append($0.description) })
        let summary = ingestor.run(IngestInput(name: "fixture.jsonl", origin: .bytes(Array(lines.joined(separator: "\n").utf8)), format: .jsonLines))
        #expect(problems == [])
        return summary
    }

    /// One bucket as the rollups keep it or SQL finds it; sums to a millionth, since addition in another order
    /// may differ in the last bits.
    struct Bucket: Equatable, CustomStringConvertible {
        var series: Int64, time: Int64, count: Int, inside: Int, sum: Double, min: Double, max: Double

        init(_ row: Row) {
            series = row[0]; time = row[1]; count = row[2]; inside = row[3]
            sum = ((row[4] as Double) * 1e6).rounded() / 1e6
            min = row[5]; max = row[6]
        }

        var description: String { "\(series)@\(time): \(count) (\(inside) in) sum \(sum) \(min)…\(max)" }
    }

    /// The band of each series as the question "which standards apply" reads in SQL.
    static let bandSQL = """
        SELECT s.id, MAX(st.min) AS lo, MIN(st.max) AS hi FROM series s
        JOIN standard st ON st.metric = s.metric AND (st.stage IS NULL OR st.stage = s.stage) GROUP BY s.id
        """

    /// Buckets `width` ms wide ending on its multiples, from the raw readings in (after, through]; readings of a
    /// series no standard covers count as inside.
    func rawBuckets(_ width: Int64, after: Int64 = 0, through: Int64 = .max) throws -> [Bucket] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                WITH band AS (\(Self.bandSQL))
                SELECT r.series_id, (r.time + ?1 - 1) / ?1 * ?1 AS bucket, COUNT(*),
                       SUM((b.lo IS NULL OR r.value >= b.lo) AND (b.hi IS NULL OR r.value <= b.hi)),
                       SUM(r.value), MIN(r.value), MAX(r.value)
                FROM reading r LEFT JOIN band b ON b.id = r.series_id WHERE r.time > ?2 AND r.time <= ?3
                GROUP BY r.series_id, bucket ORDER BY r.series_id, bucket
                """, arguments: [width, after, through]).map(Bucket.init)
        }
    }

    func rollups(_ table: String) throws -> [Bucket] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT series_id, time, count, inside, sum, min, max FROM \(table) ORDER BY series_id, time")
                .map(Bucket.init)
        }
    }

    /// Whether the hour rollups hold exactly what SQL over the raw readings finds.
    func expectHoursMatchRawReadings(_ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try rollups("reading_hour") == rawBuckets(3_600_000), comment, sourceLocation: sourceLocation)
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try store.pool.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? 0 }
    }
}
