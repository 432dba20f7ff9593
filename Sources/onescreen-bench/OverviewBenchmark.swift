import Foundation
import OneScreenCore
import OneScreenUI

/// The overview's two costs per refresh: reading its snapshot from the store (one transaction) and composing a
/// frame from it. Stores of about 1 M and 10 M readings show how the read grows with the data: it should stay
/// nearly flat, because every query is bounded by a time window or an index, never by the table.
struct OverviewBenchmark: Benchmark {
    let name = "overview"
    let summary = "snapshot read on stores of ~1M and ~10M readings; compose a 200x60 frame"
    /// Generator scale for about a million readings (scale 1 gives ~58,000).
    static let scaleForOneMillion = 18.0
    static let reads = 15
    static let composes = 200

    func run(_ options: BenchOptions) throws {
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-overview-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer {
            if options.keep { print("  kept \(dir)") } else { try? FileManager.default.removeItem(atPath: dir) }
        }
        let factors: [Double] = options.rows.map { [Double($0) / 1_000_000] } ?? [1, 10]
        var firstReads: [Double] = []
        for factor in factors {
            let scale = Self.scaleForOneMillion * factor
            let (store, readings) = try makeStore(scale: scale, in: dir + "/x\(Int(factor))")
            var snapshot = try store.overview(at: DemoStore.sampleEnd, utcOffset: 8 * 3600)
            // On the hour the 24 h window is whole hour rollups; at any other time its two ragged ends add up to an
            // hour of raw readings, which is what a live screen pays.
            for (index, (at, when)) in [(DemoStore.sampleEnd, "on the hour"), (DemoStore.sampleEnd.adding(seconds: -1800), "half past")].enumerated() {
                let read = try Measured.median(Self.reads) { snapshot = try store.overview(at: at, utcOffset: 8 * 3600) }
                let growth = firstReads.count > index ? " (\(BenchFormat.fixed(read / firstReads[index], 2))x the first store)" : ""
                if firstReads.count == index { firstReads.append(read) }
                print("overview: snapshot read \(when), \(BenchFormat.count(readings)) readings: median \(BenchFormat.milliseconds(read)) "
                      + "of \(Self.reads) (target well under 50 ms)\(growth)")
            }
            if factor == factors.first {
                let page = OverviewPage(snapshot: snapshot, language: .zh, role: "executive", page: "总览")
                var frame = Screen(width: 0, height: 0)
                let compose = try Measured.median(Self.composes) { frame = page.screen(width: 200, height: 60, glyphs: Glyphs.unicode) }
                print("overview: compose a 200x60 frame: median \(BenchFormat.milliseconds(compose)) of \(Self.composes) "
                      + "(target well under 5 ms; \(frame.lines().count) rows)")
            }
        }
    }

    /// Sample data at `scale`, ingested into a fresh store; returns the store and its reading count.
    private func makeStore(scale: Double, in dir: String) throws -> (Store, Int) {
        let generator = SampleGenerator(seed: 1, scale: scale)
        let files = URL(fileURLWithPath: dir + "/data")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        _ = try generator.write(to: files)
        let store = try Store(path: dir + "/store.sqlite")
        let (inputs, _) = IngestInput.resolve(paths: [files.path], type: nil)
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { DemoStore.sampleEnd }, report: { _ in })
        let (summary, measured) = Measured.inProcess { ingestor.run(inputs) }
        print("  built a store of \(summary.line) in \(BenchFormat.fixed(measured.wallSeconds, 1)) s")
        let readings = try store.tableCounts().first { $0.0 == "reading" }?.1 ?? 0
        return (store, readings)
    }
}
