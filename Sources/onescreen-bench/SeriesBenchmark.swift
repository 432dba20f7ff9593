import Foundation
import OneScreenCore
import OneScreenUI

/// The series page's two costs: reading one series over each range from a store of about 10 M readings (the goal is
/// under 20 ms, whatever the range: the read picks raw readings, minutes or hours to stay there), and composing a
/// 200x60 chart and the whole page from what it read.
struct SeriesBenchmark: Benchmark {
    let name = "series"
    let summary = "series page read for 1h, 24h, 30d and 1y on a ~10M-reading store; compose a 200x60 chart"
    /// Generator scale for about ten million readings (scale 1 gives ~58,000).
    static let scale = 180.0
    static let goalSeconds = 0.020
    static let reads = 15
    static let composes = 200
    /// The demo's cold-chain truck with an excursion in its last hours.
    static let subject = "沪A·冷链06/cold.temp"

    func run(_ options: BenchOptions) throws {
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-series-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer {
            if options.keep { print("  kept \(dir)") } else { try? FileManager.default.removeItem(atPath: dir) }
        }
        let scale = options.rows.map { Self.scale * Double($0) / 10_000_000 } ?? Self.scale
        let generator = SampleGenerator(seed: 1, scale: scale)
        let files = URL(fileURLWithPath: dir + "/data")
        _ = try generator.write(to: files)
        let store = try Store(path: dir + "/store.sqlite")
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { DemoStore.sampleEnd }, report: { _ in })
        let (summary, built) = Measured.inProcess { ingestor.run(IngestInput.resolve(paths: [files.path], type: nil).0) }
        print("  built a store of \(summary.line) in \(BenchFormat.fixed(built.wallSeconds, 1)) s")
        let readings = try store.tableCounts().first { $0.0 == "reading" }?.1 ?? 0
        var snapshots: [TimeRange: PageSnapshot] = [:]
        for range in [TimeRange.hour, .day, .month, .year] {
            let request = PageRequest.series(SeriesRequest(subject: Self.subject, range: range)!)
            var snapshot: PageSnapshot?
            let read = try Measured.median(Self.reads) { snapshot = try store.page(request, at: DemoStore.sampleEnd, utcOffset: 8 * 3600) }
            snapshots[range] = snapshot
            guard case .series(let series?) = snapshot?.content else { throw BenchError("no series \(Self.subject)") }
            print("series: read \(range.rawValue) of \(Self.subject), \(BenchFormat.count(readings)) readings: median "
                  + "\(BenchFormat.milliseconds(read)) of \(Self.reads), \(BenchFormat.fixed(read / Self.goalSeconds, 2))x the 20 ms goal "
                  + "(\(series.resolution.rawValue), \(series.points.count) points of \(series.overall.total) readings)")
        }
        guard let day = snapshots[.day], case .series(let series?) = day.content else { return }
        let points = series.points.map { ChartPoint(time: $0.time, value: $0.mean, low: $0.low, high: $0.high, weight: $0.count) }
        let chart = Chart(series: [ChartSeries(series.name, points: points)], from: series.from, through: series.through,
                          unit: series.unit, bandLow: series.min, bandHigh: series.max, language: .zh, utcOffset: 8 * 3600)
        var screen = Screen(width: 200, height: 60)
        let compose = try Measured.median(Self.composes) {
            screen.clear()
            chart.render(in: screen.area, on: &screen, glyphs: .unicode)
        }
        var navigation = Navigation(page: .quality)
        navigation.series = Self.subject
        let page = PageView(snapshot: day, navigation: navigation, language: .zh, role: "executive")
        let pageCompose = try Measured.median(Self.composes) { screen = page.screen(width: 200, height: 60, glyphs: .unicode) }
        print("series: compose a 200x60 chart of \(points.count) points: median \(BenchFormat.milliseconds(compose)) of \(Self.composes); "
              + "the whole 200x60 page: \(BenchFormat.milliseconds(pageCompose)) (\(BenchFormat.fixed(pageCompose / compose, 2))x the chart)")
    }
}
