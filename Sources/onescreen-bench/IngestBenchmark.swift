import Foundation
import OneScreenCore

/// The ingest path against the `sqlite3` tool on the same rows: the issue's acceptance is that onescreen's rate,
/// with all of RECORDS.md's validation, is at least half of `sqlite3 .import --csv` into a flat table with the
/// natural key as a UNIQUE constraint, which checks nothing.
struct IngestBenchmark: Benchmark {
    let name = "ingest"
    let summary = "readings from CSV and JSON Lines into a fresh store, against sqlite3 .import --csv"
    static let defaultRows = 1_000_000
    /// The issue's bar; the benchmark prints it beside the ratio so a reader need not look it up.
    static let acceptedRatio = 0.5

    func run(_ options: BenchOptions) throws {
        let rows = options.rows ?? Self.defaultRows
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-ingest-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer {
            if options.keep { print("  kept \(dir)") } else { try? FileManager.default.removeItem(atPath: dir) }
        }

        let feed = ReadingFeed()
        let csv = dir + "/readings.csv", jsonl = dir + "/readings.jsonl"
        try feed.write(rows: rows, endingBefore: Instant.now, csv: csv, jsonl: jsonl)
        print("ingest: \(BenchFormat.count(rows)) readings of \(feed.series.count) series; CSV \(BenchFormat.mebibytes(size(csv))), "
              + "JSON Lines \(BenchFormat.mebibytes(size(jsonl)))")

        let reference = try sqlite3Import(csv, rows: rows, in: dir)
        let formats = [(name: "CSV", path: csv), (name: "JSON Lines", path: jsonl)]
        var ours: [(format: String, measured: Measured)] = []
        for (format, path) in formats {
            if let m = try onescreenIngest(path, rows: rows, store: dir + "/\(ours.count).sqlite") { ours.append((format, m)) }
        }
        if let reference { print(BenchFormat.line("sqlite3 .import --csv", reference, items: rows, unit: "rows")) }
        for (format, m) in ours { print(BenchFormat.line("onescreen ingest, \(format)", m, items: rows, unit: "rows")) }
        guard let reference, !ours.isEmpty else { return }
        let wall = ours.map { "\($0.format) \(BenchFormat.fixed(reference.wallSeconds / $0.measured.wallSeconds, 2))" }
        let cpu = ours.map { "\($0.format) \(BenchFormat.fixed(reference.cpuSeconds / $0.measured.cpuSeconds, 2))" }
        print("  ratio onescreen / sqlite3 rows/s: \(wall.joined(separator: ", ")) "
              + "(acceptance: at least \(BenchFormat.fixed(Self.acceptedRatio, 2)))")
        // On a shared machine wall time includes waiting for a core; CPU time shows whether a ratio moved by load.
        print("  same ratio by CPU time:          \(cpu.joined(separator: ", "))")
    }

    private func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The reference: a flat table keyed like our readings, filled by the tool's own CSV import in one
    /// transaction. Nil (with the reason printed) when sqlite3 is missing or the import did not go cleanly.
    private func sqlite3Import(_ csv: String, rows: Int, in dir: String) throws -> Measured? {
        guard let sqlite3 = ChildProcess.find("sqlite3") else {
            print("  sqlite3 not found on PATH: no reference, so no ratio")
            return nil
        }
        let db = dir + "/reference.sqlite", out = dir + "/sqlite3.out", err = dir + "/sqlite3.err"
        let create = ChildProcess(executable: sqlite3, arguments: [db, """
            CREATE TABLE reading (metric TEXT, site TEXT, stage TEXT, time TEXT, value REAL, unit TEXT, lot TEXT,
                                  UNIQUE (metric, site, time))
            """])
        let import_ = ChildProcess(executable: sqlite3, arguments: [db, ".import --csv --skip 1 \(csv) reading"])
        for (step, timed) in [(create, false), (import_, true)] {
            let (status, measured) = try step.run(stdout: out, stderr: err)
            let complaint = (try? String(contentsOfFile: err, encoding: .utf8))?.split(separator: "\n").first
            guard status == 0, complaint == nil else {
                print("  sqlite3 failed (status \(status)): \(complaint ?? "no message"); no reference, so no ratio")
                return nil
            }
            if timed { return measured }
        }
        return nil
    }

    /// onescreen's own path, in process: the Ingestor the CLI uses, into a fresh store file.
    private func onescreenIngest(_ path: String, rows: Int, store storePath: String) throws -> Measured? {
        let store = try Store(path: storePath)
        var problems: [String] = []
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { Instant.now },
                                report: { if problems.count < 3 { problems.append($0.description) } })
        let input = IngestInput(name: path, origin: .file(path), type: .reading)
        let (summary, measured) = Measured.inProcess { ingestor.run(input) }
        guard summary.accepted == rows else {
            print("  onescreen stored \(BenchFormat.count(summary.accepted)) of \(BenchFormat.count(rows)) rows (\(summary.line)); "
                  + "figures not comparable. First problems: \(problems)")
            return nil
        }
        return measured
    }
}
