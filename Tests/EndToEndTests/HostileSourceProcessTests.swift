import Foundation
import OneScreenCore
import OneScreenTestSupport
import Testing

/// `onescreen collect` as a real process against sources that print without end, answer without end or never
/// answer: memory stays bounded, the timeout holds, and SIGTERM is honoured.
@Suite(.serialized) struct HostileSourceProcessTests {
    let dir = TemporaryDirectory("hostile-sources")

    func collect(_ config: String, store: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.environment = ProcessInfo.processInfo.environment.merging(IsolatedHome.environment) { $1 }
        process.arguments = ["collect", "--config", config, "--store", store, "--log", dir.file("collect.log")]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Peak resident memory of `pid` in MiB, from /proc.
    static func peakMiB(_ pid: Int32) -> Double {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return (Double(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
    }

    func status(_ store: Store, _ name: String) throws -> SourceStatus? {
        try store.sourceStatuses(at: .now).first { $0.name == name && ($0.lastSuccess != nil || $0.state == .failing) }
    }

    @Test func aPluginPrinting300MBKeepsTheCollectorSmall() async throws {
        let plugin = dir.write("flood.sh", "#!/bin/sh\nyes \"$(printf '%01000d' 0)\" | head -c 300300000\n")
        chmod(plugin, 0o755)
        let config = dir.write("config.yaml", """
            sources:
              - {name: flood, kind: exec, command: ["./flood.sh"], interval: 1h, timeout: 5m}
            """)
        let storePath = dir.file("store.sqlite")
        let store = try Store(path: storePath)
        let collector = try collect(config, store: storePath)
        defer { if collector.isRunning { kill(collector.processIdentifier, SIGKILL) } }
        var peak = 0.0
        let done = try await Poll.until(timeout: 240, every: 0.2) {
            peak = max(peak, Self.peakMiB(collector.processIdentifier))
            return try status(store, "flood") != nil
        }
        #expect(done)
        peak = max(peak, Self.peakMiB(collector.processIdentifier))
        let flood = try #require(try status(store, "flood"))
        #expect(flood.rejected == 300_000, "\(flood)")
        #expect(peak < 150, "peak resident \(peak) MiB")
        kill(collector.processIdentifier, SIGTERM)
        collector.waitUntilExit()
        #expect(collector.terminationStatus == 0)
    }

    @Test func aSighupWithAHugeDurationKeepsTheRunningConfig() async throws {
        let runs = dir.file("runs.log")
        let plugin = dir.write("note.sh", "#!/bin/sh\necho run >> \"\(runs)\"\n")
        chmod(plugin, 0o755)
        let config = dir.write("config.yaml", "sources:\n  - {name: note, kind: exec, command: [\"./note.sh\"], interval: 200ms}\n")
        let collector = try collect(config, store: dir.file("store.sqlite"))
        defer { if collector.isRunning { kill(collector.processIdentifier, SIGKILL) } }
        func runCount() -> Int { ((try? String(contentsOfFile: runs, encoding: .utf8)) ?? "").split(separator: "\n").count }
        #expect(await Poll.until(timeout: 60) { runCount() >= 1 })
        dir.write("config.yaml", "sources:\n  - {name: note, kind: exec, command: [\"./note.sh\"], interval: 99999999999999999999y}\n")
        kill(collector.processIdentifier, SIGHUP)
        #expect(await Poll.until(timeout: 60) {
            ((try? String(contentsOfFile: dir.file("collect.log"), encoding: .utf8)) ?? "").contains("sources[0].interval: 99999999999999999999y is longer than the maximum")
        })
        let before = runCount()
        #expect(await Poll.until(timeout: 60) { runCount() > before + 2 }, "the old config stopped running")
        #expect(collector.isRunning)
        kill(collector.processIdentifier, SIGTERM)
        collector.waitUntilExit()
        #expect(collector.terminationStatus == 0)
    }
}
