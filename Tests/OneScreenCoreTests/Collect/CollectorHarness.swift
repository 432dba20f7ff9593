import Foundation
import GRDB
import Logging
import OneScreenTestSupport
@testable import OneScreenCore

/// A real store in a temporary folder, scripts written there, and collectors run on it with fast lease timing.
struct CollectorHarness {
    let dir: TemporaryDirectory
    let store: Store

    /// How long a test waits for something the collector's tasks will do. Generous because the whole suite shares
    /// two cores with heavy synchronous tests that can hold the cooperative pool for many seconds; a passing wait
    /// returns as soon as its condition holds.
    static let patience = 60.0

    /// Lease timing a hundred times faster than production, so a takeover happens in a fraction of a second.
    static let fast = CollectorTiming(renewEvery: .milliseconds(100), expiresAfter: .milliseconds(300), maxBackoff: .seconds(5))

    init(_ label: String) throws {
        dir = TemporaryDirectory(label)
        store = try Store(path: dir.file("store.sqlite"))
    }

    /// A POSIX sh script in the folder, executable.
    func script(_ name: String, _ body: String) -> String {
        let path = dir.write(name, "#!/bin/sh\n" + body)
        chmod(path, 0o755)
        return path
    }

    func exec(_ name: String, _ command: [String], interval: Duration = .seconds(3600), timeout: Duration = .seconds(30)) -> SourceConfig {
        SourceConfig(name: name, kind: "exec", interval: interval, timeout: timeout,
                     settings: .exec(ExecSettings(command: command, directory: dir.path)))
    }

    func collector(_ sources: [SourceConfig], store: Store? = nil, retention: Retention = .standard,
                   timing: CollectorTiming = Self.fast) -> Collector {
        // The health rows are what these tests read; the log would only bury the test runner's report.
        var logger = Logger(label: "test.collector")
        logger.logLevel = .critical
        var config = Config(file: "", directory: dir.path, sources: sources)
        config.retention = retention
        return Collector(config: config, store: store ?? self.store, timing: timing, logger: logger)
    }

    func statuses() throws -> [String: SourceStatus] {
        Dictionary(uniqueKeysWithValues: try store.sourceStatuses(at: .now).map { ($0.name, $0) })
    }

    /// Whether each named source has finished a run (succeeded, or failed and said why).
    func haveRun(_ names: [String]) throws -> Bool {
        let now = try statuses()
        return names.allSatisfy { name in now[name].map { $0.lastSuccess != nil || $0.state == .failing } ?? false }
    }

    /// Script lines that start a background child and note its PID and the script's own, for `stillRunning`.
    var notingPIDs: String {
        """
        sleep 1000 &
        echo $! > "\(dir.file("child.pid"))"
        echo $$ > "\(dir.file("parent.pid"))"
        """
    }

    /// Which of the processes a `notingPIDs` script noted still run after `timeout` seconds (none, when its process
    /// group was ended).
    func stillRunning(timeout: Double = 5) async throws -> [String] {
        var running: [String] = []
        for file in ["parent.pid", "child.pid"] {
            let text = try String(contentsOfFile: dir.file(file), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let pid = pid_t(text) else { throw CocoaError(.fileReadCorruptFile) }
            if await !Poll.until(timeout: timeout, { ExecSourceTests.isGone(pid) }) { running.append("\(file) \(pid)") }
        }
        return running
    }

    func count(_ sql: String) throws -> Int {
        try store.pool.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }
}
