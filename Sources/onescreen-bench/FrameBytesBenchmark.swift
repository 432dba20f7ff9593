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
        guard let tmux = ChildProcess.find("tmux") else {
            print("frame-bytes: tmux not found; skipped")
            return
        }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("onescreen").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("frame-bytes: \(binary) missing; build it first (swift build -c release --product onescreen)")
            return
        }
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-frames-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let data = URL(fileURLWithPath: dir + "/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        _ = try SampleGenerator(seed: 1).write(to: data)
        let store = try DemoStore.open(
            at: dir + "/store.sqlite", sampleData: data.path, now: .now, utcOffset: TimeZone.current.secondsFromGMT()) { _ in }
        let socket = "onescreen-bench-\(getpid())", log = dir + "/pane.bytes"
        func tmuxRun(_ arguments: [String]) throws {
            _ = try ChildProcess(executable: tmux, arguments: ["-L", socket] + arguments).run(stdout: "/dev/null", stderr: "/dev/null")
        }
        for (width, height) in [(120, 40), (200, 60)] {
            try tmuxRun(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                         "env -u LINES -u COLUMNS TERM=xterm-256color LANG=C.UTF-8 \(binary) --store \(store.path) --refresh 1"])
            try tmuxRun(["pipe-pane", "-o", "cat >> \(log)"])
            Thread.sleep(forTimeInterval: Self.settleSeconds)
            let before = size(log)
            Thread.sleep(forTimeInterval: Self.measureSeconds)
            let sent = size(log) - before
            try tmuxRun(["kill-server"])
            try? FileManager.default.removeItem(atPath: log)
            let perSecond = Double(sent) / Self.measureSeconds
            print("frame-bytes: \(width)x\(height): \(BenchFormat.count(sent)) bytes in \(Int(Self.measureSeconds)) s, "
                  + "\(BenchFormat.fixed(perSecond, 0)) bytes per one-second frame (a full screen is \(BenchFormat.count(width * height))+ cells)")
        }
    }

    private func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
