import Foundation
import OneScreenCore

/// The ingest path against the `sqlite3` tool on the same rows: the issue's acceptance is that onescreen's rate,
/// with all of RECORDS.md's validation and the rollups, is at least that of `sqlite3 .import --csv` into a flat
/// table with the natural key as a UNIQUE constraint, which checks nothing. Run at several series counts, since a
/// cost per series touched in a batch hides in a feed of few series.
struct IngestBenchmark: Benchmark {
    let name = "ingest"
    let summary = "readings from CSV and JSON Lines into a fresh store, against sqlite3 .import --csv"
    static let defaultRows = 1_000_000
    /// The issue's bar; the benchmark prints it beside the ratio so a reader need not look it up.
    static let acceptedRatio = 1.0
    static let defaultSeries = [ReadingFeed.defaultSeries, 10_000, 100_000]

    func run(_ options: BenchOptions) throws {
        for count in options.series ?? Self.defaultSeries { try run(options, series: count) }
    }

    private func run(_ options: BenchOptions, series count: Int) throws {
        let rows = options.rows ?? Self.defaultRows
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-ingest-\(getpid())-\(count)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer {
            if options.keep { print("  kept \(dir)") } else { try? FileManager.default.removeItem(atPath: dir) }
        }

        let feed = ReadingFeed(series: count)
        let csv = dir + "/readings.csv", jsonl = dir + "/readings.jsonl"
        try feed.write(rows: rows, endingBefore: Instant.now, csv: csv, jsonl: jsonl)
        print("ingest: \(BenchFormat.count(rows)) readings of \(feed.series.count) series; CSV \(BenchFormat.mebibytes(TmuxDashboard.size(csv))), "
              + "JSON Lines \(BenchFormat.mebibytes(TmuxDashboard.size(jsonl)))")

        let sqlite3 = ChildProcess.find("sqlite3")
        if sqlite3 == nil { print("  sqlite3 not found on PATH: no reference, so no ratio") }
        var reference: Measured?
        var referenceFailed = false
        var ours: [(format: String, path: String, measured: Measured?)] = [("CSV", csv, nil), ("JSON Lines", jsonl, nil)]
        for _ in 0..<options.repeats {
            if let sqlite3, !referenceFailed {
                let m = try sqlite3Import(sqlite3, csv, in: dir)
                reference = m.map { Measured.fastest(reference, $0) }
                referenceFailed = m == nil
            }
            for i in ours.indices {
                ours[i].measured = Measured.fastest(ours[i].measured, try onescreenIngest(ours[i].path, rows: rows, in: dir))
            }
        }
        if let reference { print(BenchFormat.line("sqlite3 .import --csv", reference, items: rows, unit: "rows")) }
        for (format, _, m) in ours { if let m { print(BenchFormat.line("onescreen ingest, \(format)", m, items: rows, unit: "rows")) } }
        guard let reference else { return }
        let measured = ours.compactMap { o in o.measured.map { (o.format, $0) } }
        let wall = measured.map { "\($0) \(BenchFormat.fixed(reference.wallSeconds / $1.wallSeconds, 2))" }
        let cpu = measured.map { "\($0) \(BenchFormat.fixed(reference.cpuSeconds / $1.cpuSeconds, 2))" }
        print("  ratio onescreen / sqlite3 rows/s: \(wall.joined(separator: ", ")) "
              + "(acceptance: at least \(BenchFormat.fixed(Self.acceptedRatio, 2)))")
        // On a shared machine wall time includes waiting for a core; CPU time shows whether a ratio moved by load.
        print("  same ratio by CPU time:          \(cpu.joined(separator: ", "))")
    }

    /// The reference: a flat table keyed like our readings, filled by the tool's own CSV import in one
    /// transaction. Nil (with the reason printed) when the import did not go cleanly.
    private func sqlite3Import(_ sqlite3: String, _ csv: String, in dir: String) throws -> Measured? {
        let db = dir + "/reference.sqlite"
        removeDatabase(db)
        let create = ChildProcess(executable: sqlite3, arguments: [db, """
            CREATE TABLE reading (metric TEXT, site TEXT, stage TEXT, time TEXT, value REAL, unit TEXT, lot TEXT,
                                  UNIQUE (metric, site, time))
            """])
        let load = ChildProcess(executable: sqlite3, arguments: [db, ".import --csv --skip 1 \(csv) reading"])
        guard try cleanRun(create, in: dir) != nil else { return nil }
        return try cleanRun(load, in: dir)
    }

    /// Runs one sqlite3 step. Nil, with the reason printed, unless it exits 0 without a word on stderr: `.import`
    /// reports a row it could not insert there and carries on, which would make its rate not comparable.
    private func cleanRun(_ step: ChildProcess, in dir: String) throws -> Measured? {
        let err = dir + "/sqlite3.err"
        let (status, measured) = try step.run(stdout: dir + "/sqlite3.out", stderr: err)
        let complaint = (try? String(contentsOfFile: err, encoding: .utf8))?.split(separator: "\n").first
        guard status == 0, complaint == nil else {
            print("  sqlite3 failed (status \(status)): \(complaint ?? "no message"); no reference, so no ratio")
            return nil
        }
        return measured
    }

    /// onescreen's own path, in process: the Ingestor the CLI uses, into a fresh store file.
    private func onescreenIngest(_ path: String, rows: Int, in dir: String) throws -> Measured {
        let storePath = dir + "/store.sqlite"
        removeDatabase(storePath)
        let store = try Store(path: storePath)
        var problems: [String] = []
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { Instant.now },
                                report: { if problems.count < 3 { problems.append($0.description) } })
        let input = IngestInput(name: path, origin: .file(path), type: .reading)
        let (summary, measured) = Measured.inProcess { ingestor.run(input) }
        guard summary.accepted == rows else {
            throw BenchError("onescreen stored \(BenchFormat.count(summary.accepted)) of \(BenchFormat.count(rows)) rows "
                             + "(\(summary.line)), so its figures do not compare; first problems: \(problems)")
        }
        return measured
    }

    /// A database and its WAL files, so that each run starts from nothing and the disk holds one copy.
    private func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
