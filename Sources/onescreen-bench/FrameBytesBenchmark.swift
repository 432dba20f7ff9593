import Foundation
import OneScreenCore

/// Bytes the dashboard sends to a real terminal per frame when little changes: the clock and the data age tick
/// every second while everything else stays. Curses sends only changed cells, and the loop skips identical frames,
/// so this should be a few hundred bytes, not a screenful (a 200x60 screen is 12,000+ cells).
struct FrameBytesBenchmark: Benchmark {
    let name = "frame-bytes"
    let summary = "bytes sent to a tmux terminal per second while only the clock changes (needs tmux and onescreen)"
    static let settleSeconds = 3.0
    static let measureSeconds = 10.0

    func run(_ options: BenchOptions) throws {
        guard let dashboard = TmuxDashboard(label: name) else { return }
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-frames-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let data = URL(fileURLWithPath: dir + "/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        _ = try SampleGenerator(seed: 1).write(to: data)
        let store = try DemoStore.open(
            at: dir + "/store.sqlite", sampleData: data.path, now: .now, utcOffset: TimeZone.current.secondsFromGMT()) { _ in }
        let log = dir + "/pane.bytes"
        for (width, height) in [(120, 40), (200, 60)] {
            try dashboard.start(store: store.path, width: width, height: height, arguments: ["--refresh", "1"])
            try dashboard.run(["pipe-pane", "-o", "cat >> \(log)"])
            Thread.sleep(forTimeInterval: Self.settleSeconds)
            let before = TmuxDashboard.size(log)
            Thread.sleep(forTimeInterval: Self.measureSeconds)
            let sent = TmuxDashboard.size(log) - before
            dashboard.stop()
            try? FileManager.default.removeItem(atPath: log)
            let perSecond = Double(sent) / Self.measureSeconds
            print("frame-bytes: \(width)x\(height): \(BenchFormat.count(sent)) bytes in \(Int(Self.measureSeconds)) s, "
                  + "\(BenchFormat.fixed(perSecond, 0)) bytes per one-second frame (a full screen is \(BenchFormat.count(width * height))+ cells)")
        }
    }
}
