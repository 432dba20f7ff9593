import Foundation
import GRDB
import OneScreenCore
import OneScreenTestSupport
import Testing

/// `onescreen check`, `collect` and `sources` as real processes: the exit codes and messages a person or a script
/// sees, and the lease passing between processes when the holder is killed with SIGKILL.
@Suite struct CollectProcessTests {
    let dir = TemporaryDirectory("collect-e2e")

    @Test func checkNamesEveryProblemWithItsLineAndExitsTwo() throws {
        let config = dir.write("config.yaml", """
            refresh: 2s
            sources:
              - name: gateway
                kind: exec
                comand: ["./plugins/gateway.sh"]
                interval: 10s
              - name: erp
                kind: exec
                command: ["./plugins/missing.sh", "--site", "沪A"]
                interval: often
            """)
        let r = try BuiltBinary.run(["check", "--config", config])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == """
            \(config):3: sources[0].command: missing required key
            \(config):5: sources[0].comand: unknown key (did you mean 'command'?)
            \(config):9: sources[1].command: cannot run './plugins/missing.sh': no such file
            \(config):10: sources[1].interval: expected a duration such as 500ms, 10s, 5m or 1h, found 'often'

            """)
    }

    @Test func checkAcceptsTheShippedExampleConfig() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-data/config.example.yaml").path
        let r = try BuiltBinary.run(["check", "--config", example])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(": ok, 8 sources (6 enabled: exec, file, gateway, http, mqtt, simulator, sqlite)"))
    }

    /// Starts `onescreen collect` in the background.
    static func collect(_ config: String, store: String, log: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.environment = ProcessInfo.processInfo.environment.merging(IsolatedHome.environment) { $1 }
        process.arguments = ["collect", "--config", config, "--store", store, "--log", log]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func aKilledCollectorIsReplacedWithinTenSeconds() async throws {
        let runs = dir.file("runs.log")
        let plugin = dir.write("note.sh", "#!/bin/sh\necho \"$ONESCREEN_COLLECTOR\" >> \"\(runs)\"\n")
        chmod(plugin, 0o755)
        let config = dir.write("config.yaml", """
            sources:
              - {name: note, kind: exec, command: ["./note.sh"], interval: 500ms}
            """)
        let storePath = dir.file("store.sqlite")
        let store = try Store(path: storePath)
        let first = try Self.collect(config, store: storePath, log: dir.file("a.log"))
        let second = try Self.collect(config, store: storePath, log: dir.file("b.log"))
        defer { for p in [first, second] where p.isRunning { kill(p.processIdentifier, SIGKILL) } }

        #expect(try await Poll.until(timeout: 60) { try store.leaseHolder(at: .now) != nil })
        let holder = try #require(try store.leaseHolder(at: .now))
        let pids = [first.processIdentifier, second.processIdentifier]
        let holderPID = try #require(pids.first { holder.contains(":\($0):") })
        let survivor = holderPID == first.processIdentifier ? second : first
        #expect(await Poll.until(timeout: 60) { ((try? String(contentsOfFile: runs, encoding: .utf8)) ?? "").contains(holder) })

        let killed = Instant.now
        kill(holderPID, SIGKILL)
        #expect(try await Poll.until(timeout: 60) { (try store.leaseHolder(at: .now))?.contains(":\(survivor.processIdentifier):") == true })
        // The survivor stamps the lease when it takes it: judged by that, not by when this (possibly busy) test
        // process noticed.
        let acquired = try await DatabaseQueue(path: storePath).read { try Int64.fetchOne($0, sql: "SELECT acquired FROM collector_lease") }
        let takeover = Instant(millis: try #require(acquired)).seconds(since: killed)
        #expect(takeover < 10, "took \(takeover) s")
        #expect(await Poll.until(timeout: 30) {
            ((try? String(contentsOfFile: runs, encoding: .utf8)) ?? "").split(separator: "\n").last.map { !$0.contains(holder) } ?? false
        })

        let status = try BuiltBinary.run(["sources", "--store", storePath, "--json"])
        #expect(status.status == 0)
        #expect(status.stdout.contains(#""name" : "note""#))

        // SIGTERM: sources stop, the lease is given up, the process exits cleanly.
        kill(survivor.processIdentifier, SIGTERM)
        survivor.waitUntilExit()
        #expect(survivor.terminationStatus == 0)
        #expect(try store.leaseHolder(at: .now) == nil)
    }

    /// A new config with a typo, or a duration too long for any clock (which once killed the collector on reload).
    @Test(arguments: [
        ("intervall: 200ms", "sources[0].intervall: unknown key (did you mean 'interval'?)"),
        ("interval: 99999999999999999999y", "sources[0].interval: 99999999999999999999y is longer than the maximum of 36500d (100 years)"),
    ])
    func sighupWithAnInvalidConfigKeepsTheOldOne(line: String, problem: String) async throws {
        let runs = dir.file("runs.log")
        let plugin = dir.write("note.sh", "#!/bin/sh\necho run >> \"\(runs)\"\n")
        chmod(plugin, 0o755)
        let config = dir.write("config.yaml", "sources:\n  - {name: note, kind: exec, command: [\"./note.sh\"], interval: 200ms}\n")
        let log = dir.file("collect.log")
        let collector = try Self.collect(config, store: dir.file("store.sqlite"), log: log)
        defer { if collector.isRunning { kill(collector.processIdentifier, SIGKILL) } }
        func runCount() -> Int { ((try? String(contentsOfFile: runs, encoding: .utf8)) ?? "").split(separator: "\n").count }
        #expect(await Poll.until(timeout: 60) { runCount() >= 1 })

        dir.write("config.yaml", "sources:\n  - {name: note, kind: exec, command: [\"./note.sh\"], \(line)}\n")
        kill(collector.processIdentifier, SIGHUP)
        #expect(await Poll.until(timeout: 60) {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("\(config):2: \(problem)")
        })
        let before = runCount()
        #expect(await Poll.until(timeout: 60) { runCount() > before + 2 }, "the old config's source stopped running")
        #expect(collector.isRunning)
        kill(collector.processIdentifier, SIGINT)
        collector.waitUntilExit()
        #expect(collector.terminationStatus == 0)
    }
}
