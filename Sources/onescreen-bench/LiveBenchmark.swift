import Foundation
import OneScreenCore

/// The running dashboard under tmux: how long a store change takes to reach the screen, and what an idle dashboard
/// costs. A wall screen runs for days: an idle refresh must cost almost nothing (target under 1% of a core).
struct LiveBenchmark: Benchmark {
    let name = "live"
    let summary = "store change → frame on a tmux terminal, and CPU of an idle dashboard over 60 s at a 1 s refresh"
    static let idleSeconds = 60.0
    static let latencyTrials = 5

    func run(_ options: BenchOptions) throws {
        guard let dashboard = TmuxDashboard(label: name) else { return }
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-live-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store(path: dir + "/store.sqlite")
        let writer = StoreWriter(store: store)
        func ingest(_ line: String) {
            let ingestor = Ingestor(writer: writer, now: { .now }, report: { _ in })
            _ = ingestor.run(IngestInput(name: "bench", origin: .bytes(Array(line.utf8)), format: .jsonLines))
        }
        ingest(#"{"type":"standard","id":"S","name":"冷藏车厢温度","metric":"cold.temp","stage":"transport","max":4,"unit":"°C","level":3}"#)

        // 160x48, where the overview's out-of-band list has room for every trial's site: at 120x40 it shows four,
        // and the fifth trial's site never came on screen.
        try dashboard.start(store: store.path, width: 160, height: 48, arguments: ["--refresh", "1", "--lang", "en"])
        defer { dashboard.stop() }
        Thread.sleep(forTimeInterval: 2)

        // Latency: a reading for a new site, out of band, is committed; the clock runs until its site is on screen.
        let capture = dir + "/pane.txt"
        var latencies: [Double] = []
        for trial in 0..<Self.latencyTrials {
            let site = "LAT-\(trial)"
            let time = Int(Date().timeIntervalSince1970)
            let clock = ContinuousClock(), start = clock.now
            ingest(#"{"type":"reading","metric":"cold.temp","site":"\#(site)","stage":"transport","time":\#(time),"value":9,"unit":"°C"}"#)
            while start.duration(to: clock.now) < .seconds(10) {
                try dashboard.run(["capture-pane", "-p"], output: capture)
                if ((try? String(contentsOfFile: capture, encoding: .utf8)) ?? "").contains(site) { break }
                Thread.sleep(forTimeInterval: 0.01)
            }
            latencies.append(start.duration(to: clock.now).seconds)
            Thread.sleep(forTimeInterval: 1.3)
        }
        let sorted = latencies.sorted()
        print("live: store change → frame on screen: median \(BenchFormat.fixed(sorted[sorted.count / 2] * 1000, 0)) ms, "
              + "worst \(BenchFormat.fixed(sorted.last! * 1000, 0)) ms over \(Self.latencyTrials) commits (refresh 1 s)")

        // Idle CPU: the dashboard's own utime + stime over a minute with nothing changing but the clock.
        try dashboard.run(["display-message", "-p", "#{pane_pid}"], output: capture)
        guard let pid = Int32(((try? String(contentsOfFile: capture, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)),
              let before = ProcessStat.cpuSeconds(pid) else {
            print("live: cannot read the dashboard's CPU time")
            return
        }
        Thread.sleep(forTimeInterval: Self.idleSeconds)
        guard let after = ProcessStat.cpuSeconds(pid) else { return }
        let share = (after - before) / Self.idleSeconds * 100
        print("live: idle dashboard, refresh 1 s: \(BenchFormat.fixed(after - before, 2)) s CPU in \(Int(Self.idleSeconds)) s = "
              + "\(BenchFormat.fixed(share, 2))% of a core (target under 1%)")
    }
}
