import Foundation
import OneScreenCore
import OneScreenTestSupport
import Testing

/// `onescreen collect` as a real process against sources that print without end, answer without end or never
/// answer: memory stays bounded, the timeout holds, and SIGTERM is honoured.
@Suite(.serialized) struct HostileSourceProcessTests {
    let dir = TemporaryDirectory("hostile-sources")


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
        let collector = try CollectProcessTests.collect(config, store: storePath, log: dir.file("collect.log"))
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
}

/// The http source against the real local server, in a real collector process.
@Suite(.serialized) struct HostileHTTPProcessTests {
    let dir = TemporaryDirectory("hostile-http")
    static let junk = String(repeating: "not a record, ", count: 70) + "\n"

    func start(_ url: String, timeout: String) throws -> (Process, Store) {
        let config = dir.write("config.yaml", """
            sources:
              - {name: api, kind: http, url: "\(url)", type: reading, interval: 1h, timeout: \(timeout)}
            """)
        let storePath = dir.file("store.sqlite")
        let store = try Store(path: storePath)
        let process = try CollectProcessTests.collect(config, store: storePath, log: dir.file("collect.log"))
        return (process, store)
    }

    func ran(_ store: Store) throws -> SourceStatus? {
        try store.sourceStatuses(at: .now).first { $0.name == "api" && $0.state == .failing }
    }

    /// CPU seconds `pid` has used, user and system, from /proc.
    static func cpuSeconds(_ pid: Int32) -> Double {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    @Test func aTwoGigabyteAnswerStaysSmallAndStopsAtTheLimit() async throws {
        let server = try LocalHTTPServer { _ in .generate(length: 2 << 30, piece: Self.junk) }
        defer { server.stop() }
        let (collector, store) = try start(server.url + "/dump", timeout: "2m")
        defer { if collector.isRunning { kill(collector.processIdentifier, SIGKILL) } }
        var peak = 0.0
        #expect(try await Poll.until(timeout: 120, every: 0.2) {
            peak = max(peak, HostileSourceProcessTests.peakMiB(collector.processIdentifier))
            return try ran(store) != nil
        })
        peak = max(peak, HostileSourceProcessTests.peakMiB(collector.processIdentifier))
        let status = try #require(try ran(store))
        #expect(status.lastError?.hasSuffix("answer over the 64 MiB limit; stopped reading it") == true, "\(status.lastError ?? "")")
        #expect(status.rejected > 60_000)
        #expect(peak < 100, "peak resident \(peak) MiB")
        kill(collector.processIdentifier, SIGTERM)
        collector.waitUntilExit()
        #expect(collector.terminationStatus == 0)
    }

    @Test func anAnswerThatNeverEndsStopsAtTheSourcesTimeout() async throws {
        let server = try LocalHTTPServer { _ in .generate(length: 2 << 30, piece: Self.junk, pause: .milliseconds(20)) }
        defer { server.stop() }
        let (collector, store) = try start(server.url + "/drip", timeout: "2s")
        defer { if collector.isRunning { kill(collector.processIdentifier, SIGKILL) } }
        #expect(try await Poll.until(timeout: 60) { try ran(store) != nil })
        let status = try #require(try ran(store))
        #expect(status.lastError == server.url + "/drip: timed out after 2s (connect, headers and body)")
        kill(collector.processIdentifier, SIGTERM)
        collector.waitUntilExit()
    }

    @Test func aSilentServerCostsNoCPUAndSIGTERMEndsTheRun() async throws {
        let server = try LocalHTTPServer { _ in .hang }
        defer { server.stop() }
        let (collector, _) = try start(server.url + "/silent", timeout: "5m")
        defer { if collector.isRunning { kill(collector.processIdentifier, SIGKILL) } }
        #expect(await Poll.until(timeout: 60) { !server.requests.isEmpty })
        let pid = collector.processIdentifier
        let before = Self.cpuSeconds(pid), started = Date()
        try await Task.sleep(for: .seconds(5))
        let used = Self.cpuSeconds(pid) - before, elapsed = Date().timeIntervalSince(started)
        #expect(used / elapsed < 0.01, "\(used) s of CPU in \(elapsed) s")
        let term = Date()
        kill(pid, SIGTERM)
        #expect(await Poll.until(timeout: 10) { !collector.isRunning })
        #expect(Date().timeIntervalSince(term) < 5)
        #expect(collector.terminationStatus == 0)
    }
}
