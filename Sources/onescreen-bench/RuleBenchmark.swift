import Foundation
import OneScreenCore

/// Rule evaluation after an ingest batch over a large store: the issue's acceptance is that it takes well under
/// 100 ms with a million readings stored. The store is filled first, rules judging each batch; then the live feed continues
/// in batches of `IngestLimits.batchRows`, each evaluated as `onescreen ingest` does, and each evaluation is timed.
/// The timer evaluation (silent sensors over every series, business rules) is timed as well.
struct RuleBenchmark: Benchmark {
    let name = "rules"
    let summary = "rule evaluation after each ingest batch, and on the timer, over a store of 1M readings"
    static let defaultRows = 1_000_000
    /// Live batches measured after the store is full: enough for a stable median and a meaningful worst case.
    static let measuredBatches = 10
    /// The issue's target for one evaluation after a batch.
    static let targetMilliseconds = 100.0

    /// A standard per metric of the feed, with bands its noise crosses now and then, so the rules have
    /// out-of-band runs to walk, hold and resolve rather than an all-quiet store.
    static let standards = [
        #"{"type":"standard","id":"STD-TRUCK","name":"车厢温度","metric":"truck.temp","min":0,"max":4.2,"unit":"°C","level":3,"hold":300}"#,
        #"{"type":"standard","id":"STD-COLD","name":"冷库温度","metric":"cold.temp","min":-20,"max":-16.5,"unit":"°C","level":3,"hold":600}"#,
        #"{"type":"standard","id":"STD-FREEZER","name":"冷冻柜温度","metric":"freezer.temp","max":-15.5,"unit":"°C","level":3,"hold":600}"#,
        #"{"type":"standard","id":"STD-CHILLER","name":"冷藏柜温度","metric":"chiller.temp","min":0,"max":5.5,"unit":"°C","level":3,"hold":300}"#,
        #"{"type":"standard","id":"STD-CO2","name":"鸡舍CO2","metric":"barn.co2","max":1550,"unit":"ppm","level":3,"hold":1800}"#,
        #"{"type":"standard","id":"STD-WEIGHT","name":"净含量","metric":"pack.weight","min":19.6,"unit":"kg","level":3,"hold":900}"#,
    ]

    /// A batch of 20,000 rows touches 40 series' recent past at 500 series and 20,000 at 100,000: the cost that
    /// follows the series in a batch shows only at the larger count.
    static let defaultSeries = [ReadingFeed.defaultSeries, 100_000]

    func run(_ options: BenchOptions) throws {
        for count in options.series ?? Self.defaultSeries { try run(options, series: count) }
    }

    private func run(_ options: BenchOptions, series count: Int) throws {
        let rows = options.rows ?? Self.defaultRows
        let liveRows = Self.measuredBatches * IngestLimits.batchRows
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-rules-\(getpid())-\(count)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer {
            if options.keep { print("  kept \(dir)") } else { try? FileManager.default.removeItem(atPath: dir) }
        }

        let feed = ReadingFeed(series: count)
        let csv = dir + "/readings.csv"
        try feed.write(rows: rows + liveRows, endingBefore: Instant.now, csv: csv, jsonl: dir + "/readings.jsonl")
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
        let header = lines[0]
        let stored = lines[1...rows], live = lines[(rows + 1)...]
        func input(_ name: String, _ body: some Sequence<Substring>) -> IngestInput {
            IngestInput(name: name, origin: .bytes(Array(([header] + body).joined(separator: "\n").utf8)), type: .reading, format: .csv)
        }

        let store = try Store(path: dir + "/store.sqlite")
        let now = Instant.now
        let engine = AlertEngine(store: store, rules: AlertRule.withBuiltIns([
            AlertRule(name: "sensor-silent", level: .systemFault,
                      condition: .noData(NoDataCondition(target: .series(metric: Glob("*"), site: Glob("*")), after: .seconds(2 * 3600)))),
        ]), utcOffset: ReadingFeed.utcOffset)
        var raised = 0
        var feedNow = now
        /// Judges a batch as the collector does, the feed playing live: its clock is the newest reading of the batch,
        /// so nothing looks silent. Returns how long the evaluation took.
        func judge(_ records: [Record]) throws -> Double {
            let newest = records.compactMap { if case .reading(let r) = $0 { r.time } else { nil } }.max() ?? feedNow
            feedNow = newest
            let clock = ContinuousClock()
            let start = clock.now
            raised += try engine.evaluate(after: records, now: newest).count
            return start.duration(to: clock.now).seconds * 1000
        }
        // The store is filled with the rules judging every batch, as a collector fills it: a store filled without
        // them would leave every series' history for the first live batch to judge, which is not the steady state.
        let filler = Ingestor(writer: StoreWriter(store: store), now: { now }, report: { _ in })
        filler.onBatch { _ = try judge($0) }
        _ = filler.run(IngestInput(name: "standards", origin: .bytes(Array(Self.standards.joined(separator: "\n").utf8)), format: .jsonLines))
        let (filled, fill) = Measured.inProcess { filler.run(input("stored", stored)) }
        print("rules: \(BenchFormat.count(filled.accepted)) readings of \(feed.series.count) series stored, \(Self.standards.count) standards, \(raised) alert events")
        print(BenchFormat.line("fill the store (rules judged)", fill, items: filled.accepted, unit: "rows"))

        var afterBatch: [Double] = []
        raised = 0
        let feedIngestor = Ingestor(writer: StoreWriter(store: store), now: { now }, report: { _ in })
        feedIngestor.onBatch { afterBatch.append(try judge($0)) }
        _ = feedIngestor.run(input("live", live))
        let (_, timer) = try Measured.inProcess { try engine.evaluate(now: feedNow) }

        let sorted = afterBatch.sorted()
        guard !sorted.isEmpty else { throw BenchError("no live batch was evaluated") }
        let median = sorted[sorted.count / 2], worst = sorted[sorted.count - 1]
        print("  after each batch of \(BenchFormat.count(IngestLimits.batchRows)) readings (\(sorted.count) batches, \(raised) alert events): "
              + "median \(BenchFormat.fixed(median, 1)) ms, worst \(BenchFormat.fixed(worst, 1)) ms "
              + "(target: well under \(BenchFormat.fixed(Self.targetMilliseconds, 0)) ms)")
        print("  on the timer (silent sensors over \(feed.series.count) series, business rules): \(BenchFormat.fixed(timer.wallSeconds * 1000, 1)) ms")
    }
}
