import Foundation
import OneScreenCore

/// Days of a wall screen in a minute: the real dashboard in kiosk mode under tmux, its clock moved a fixed step per
/// pass of its loop (`--soak-step`), while the store keeps changing. The dashboard reports the resident memory as the
/// simulated days pass and how its page rotation kept to plan; both must stay flat.
struct SoakBenchmark: Benchmark {
    let name = "soak"
    let summary = "kiosk dashboard on a fast clock (11 simulated s per frame) for 60 s (--seconds): memory and rotation drift over the simulated days"
    static let realSeconds = 60
    /// Most of a simulated day a minute (the store reads, one per 30 simulated seconds at least, bound the pace); not a
    /// divisor of the 20 s rotation, so switches come up to a step late and the plan must not slide with them.
    static let stepSeconds = 11.0
    /// How often a reading is committed (in real time), stamped at the screen's simulated time.
    static let feedSeconds = 0.2

    func run(_ options: BenchOptions) throws {
        guard let dashboard = TmuxDashboard(label: name) else { return }
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-soak-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if !options.keep { try? FileManager.default.removeItem(atPath: dir) } }
        let storePath = dir + "/store.sqlite"
        // The sample data of `generate`: every page has something to draw.
        for arguments in [["generate", "--seed", "1", "--out", dir + "/data"], ["ingest", "--store", storePath, dir + "/data"]] {
            let (status, _) = try ChildProcess(executable: dashboard.binary, arguments: arguments)
                .run(stdout: "/dev/null", stderr: dir + "/setup.err")
            guard status == 0 else { throw BenchError("onescreen \(arguments[0]) failed: see \(dir)/setup.err") }
        }
        let config = dir + "/config.yaml"
        try """
            store: \(storePath)
            refresh: 2s
            kiosk:
              pages: [overview, quality, alerts]
              interval: 20s
            """.write(toFile: config, atomically: true, encoding: .utf8)
        let report = dir + "/soak.txt"
        try dashboard.start(store: storePath, width: 120, height: 40, arguments: [
            "--config", config, "--kiosk", "--lang", "zh", "--soak-step", "\(Self.stepSeconds)", "--soak-report", report,
        ])
        defer { dashboard.stop() }

        let store = try Store(path: storePath)
        let writer = StoreWriter(store: store)
        let capture = dir + "/pane.txt"
        let clock = ContinuousClock(), start = clock.now
        var readings = 0
        while start.duration(to: clock.now) < .seconds(options.seconds ?? Self.realSeconds) {
            try dashboard.run(["capture-pane", "-p"], output: capture)
            if let now = Self.screenTime((try? String(contentsOfFile: capture, encoding: .utf8)) ?? "") {
                // Mostly inside 0–4 °C, now and then out: the overview's figures and lists keep moving.
                let value = readings % 17 == 0 ? 7.5 : 2.0 + Double(readings % 5) * 0.3
                let line = #"{"type":"reading","metric":"cold.temp","site":"沪A·冷链0\#(readings % 8 + 1)","stage":"transport","time":\#(now),"value":\#(value),"unit":"°C"}"#
                _ = Ingestor(writer: writer, now: { .now }, report: { _ in })
                    .run(IngestInput(name: "soak", origin: .bytes(Array(line.utf8)), format: .jsonLines))
                readings += 1
            }
            Thread.sleep(forTimeInterval: Self.feedSeconds)
        }
        try dashboard.run(["display-message", "-p", "#{pane_pid}"], output: capture)
        guard let pid = Int32(((try? String(contentsOfFile: capture, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchError("soak: cannot find the dashboard's process")
        }
        kill(pid, SIGTERM)
        let stopped = clock.now
        while !FileManager.default.fileExists(atPath: report), stopped.duration(to: clock.now) < .seconds(10) {
            Thread.sleep(forTimeInterval: 0.1)
        }
        guard let text = try? String(contentsOfFile: report, encoding: .utf8) else { throw BenchError("soak: the dashboard wrote no report") }
        print(text, terminator: "")
        print("soak: \(readings) readings committed meanwhile, each at the screen's simulated time")
    }

    /// Epoch seconds of the page header's clock (`kiosk  2026-11-24 03:12`), at this machine's offset like the dashboard.
    static func screenTime(_ screen: String) -> Int? {
        guard let header = screen.split(separator: "\n").first(where: { $0.contains("kiosk") }) else { return nil }
        let text = header.trimmingCharacters(in: .whitespaces)
        guard text.count >= 16 else { return nil }
        let stamp = text.suffix(16)
        let parts = stamp.split(separator: " ")
        guard parts.count == 2, let day = CalendarDay(parts[0]) else { return nil }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 2 else { return nil }
        let offset = TimeZone.current.secondsFromGMT()
        return Int(day.start(utcOffset: offset).millis / 1000) + clock[0] * 3600 + clock[1] * 60
    }
}
