import Foundation
import GRDB
import OneScreenCore
import OneScreenTestSupport
import Testing

/// Stores as they may be found: rows written before ingest bounded numbers, stores from elsewhere, broken ones.
@Suite struct HostileStoreProcessTests {
    let dir = TemporaryDirectory("hostile-store")

    @Test func figuresStoredBeforeTheRangeCheckDrawOnEveryPage() throws {
        let store = try PageStoreFixture.make(in: dir)
        try DatabaseQueue(path: store).write { db in
            try db.execute(sql: "UPDATE reading SET value = 1e17 WHERE time = (SELECT max(time) FROM reading)")
            try db.execute(sql: "UPDATE reading SET value = -1e308 WHERE time = (SELECT min(time) FROM reading)")
            try db.execute(sql: "UPDATE reading_hour SET max = 1e17, sum = 1e308")
            let today = ISO8601DateFormatter().string(from: Date()).prefix(10)
            try db.execute(sql: "INSERT INTO marketing VALUES (?, 'c', 'x', 1e308, 9e18, 9e18, 1, 1, 1e308, 1)", arguments: [String(today)])
            try db.execute(sql: "UPDATE standard SET max = 1e17")
            try db.execute(sql: "UPDATE contract SET amount = 1e27")
            try db.execute(sql: "UPDATE orders SET amount = 1e300")
        }
        for page in ["overview", "quality", "customers", "contracts", "marketing", "alerts", "sources"] {
            let r = try BuiltBinary.run(["snapshot", "--store", store, "--page", page, "--size", "120x40"])
            #expect(r.status == 0, "\(page): \(r.stderr)")
            #expect(r.stdout.split(separator: "\n").count == 40, "\(page)")
        }
        let r = try BuiltBinary.run(["snapshot", "--store", store, "--page", "customers", "--select", PageStoreFixture.customer])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func commandLineTimesAndDurationsOutOfRangeAreUsageErrors() throws {
        let store = try PageStoreFixture.make(in: dir)
        let at = try BuiltBinary.run(["snapshot", "--store", store, "--at", "9223372036854775807"])
        #expect(at.status == 64, "\(at.stderr)")
        #expect(at.stderr.contains("--at"), "\(at.stderr)")
        let since = try BuiltBinary.run(["audit", "--store", store, "--since", "99999999999999999999y"])
        #expect(since.status == 64, "\(since.stderr)")
        let day = try BuiltBinary.run(["audit", "--store", store, "--since", "2026-12-01"])
        #expect(day.status == 0, "\(day.stderr)")
        let silence = try BuiltBinary.run(["alerts", "silence", "x", "--store", store, "--for", "99999999999999999999y"])
        #expect(silence.status == 64, "\(silence.stderr)")
        let refresh = try BuiltBinary.run(["--store", store, "--refresh", "1e300"])
        #expect(refresh.status == 64, "\(refresh.stderr)")
        let scale = try BuiltBinary.run(["generate", "--scale", "1e300", "--out", dir.file("never")])
        #expect(scale.status == 64, "\(scale.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("never")))
    }
}

/// Opening a store: at the same moment from many processes, from a newer version, as a user who may only read it,
/// or when it is damaged.
@Suite struct StoreOpenProcessTests {
    let dir = TemporaryDirectory("store-open")

    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.environment = ProcessInfo.processInfo.environment.merging(IsolatedHome.environment) { $1 }
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        return process
    }

    @Test func processesCreatingOneStoreAtOnceAllSucceed() throws {
        let empty = dir.write("empty.jsonl", "")
        for round in 0..<3 {
            let store = dir.file("race-\(round).sqlite")
            let processes = try (0..<8).map { _ in try start(["ingest", "--store", store, empty]) }
            for process in processes { process.waitUntilExit() }
            let failures = processes.filter { $0.terminationStatus != 0 }.map { p in
                String(decoding: (p.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            }
            #expect(failures.isEmpty, "round \(round): \(failures)")
        }
    }

    @Test func aStoreFromANewerVersionIsRefusedAndLeftAlone() throws {
        let store = try PageStoreFixture.make(in: dir)
        try DatabaseQueue(path: store).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        try DatabaseQueue(path: store).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        for arguments in [["status"], ["snapshot"], ["ingest", dir.write("more.jsonl", "")]] {
            let r = try BuiltBinary.run(Array(arguments.prefix(1)) + ["--store", store] + arguments.dropFirst())
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains("was written by a newer onescreen (schema v99: from the future)"), "\(r.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }

    /// A store its owner may only read (a read-only file in a read-only folder: a mounted backup, a snapshot).
    @Test func aStoreThatMayOnlyBeReadIsReadWithoutTryingToWriteIt() throws {
        let nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", BuiltBinary.path]
        chmod(dir.path, 0o755)
        let folder = dir.file("nobody")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chown(folder, 65534, 65534)
        let data = dir.write("data.jsonl", #"{"type":"customer","id":"C1","name":"金鼎餐饮","kind":"restaurant","region":"华东","channel":"直营","since":"2024-01-02"}"# + "\n")
        chmod(data, 0o644)
        let store = folder + "/store.sqlite"
        let made = try BuiltBinary.run(nobody + ["ingest", "--store", store, data], viaEnv: true)
        #expect(made.status == 0, "\(made.stderr)")
        chmod(store, 0o444)
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        let status = try BuiltBinary.run(nobody + ["status", "--store", store], viaEnv: true)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("customer: 1"))
        // Every page view is audited, and this store takes no audit row: the view is refused, by name.
        for page in ["quality", "customers"] {
            let refused = try BuiltBinary.run(nobody + ["snapshot", "--page", page, "--store", store], viaEnv: true)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("is read-only for this user"), "\(refused.stderr)")
            #expect(!refused.stderr.contains("readonly database"), "\(refused.stderr)")
        }
    }

    @Test func aDamagedStoreSaysSoBrieflyAndExitsTwo() throws {
        let store = try PageStoreFixture.make(in: dir)
        try DatabaseQueue(path: store).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: store))
        try handle.seek(toOffset: 4096 * 3)
        try handle.write(contentsOf: Data(repeating: 0xFF, count: 4096 * 20))
        try handle.close()
        let garbage = dir.write("garbage.sqlite", "this is not a database at all, not even close to one\n")
        for path in [store, garbage] {
            let r = try BuiltBinary.run(["snapshot", "--store", path])
            #expect(r.status == 2, "\(r.stderr)")
            #expect(r.stderr.contains("restore it from a backup"), "\(r.stderr)")
            #expect(!r.stderr.contains("SELECT") && !r.stderr.contains("while executing"), "\(r.stderr)")
        }
        let missing = try BuiltBinary.run(["status", "--store", dir.file("nowhere/none.sqlite")])
        #expect(missing.status == 2)
    }
}

/// A series whose first reading gave the wrong unit can be corrected, audited, instead of rejecting the rest for ever.
@Suite struct SeriesCorrectionProcessTests {
    let dir = TemporaryDirectory("series-correct")

    func reading(_ minute: Int, unit: String) -> String {
        let now = Int(Date().timeIntervalSince1970) - 3600 + minute * 60
        return #"{"type":"reading","metric":"cold.temp","site":"沪A·冷链07","stage":"transport","time":\#(now),"value":3.5,"unit":"\#(unit)"}"#
    }

    @Test func theFirstRowsUnitIsCorrectedAndLaterRowsAreStored() throws {
        let store = dir.file("store.sqlite")
        _ = try BuiltBinary.run(["ingest", "--store", store, dir.write("first.jsonl", reading(0, unit: "F") + "\n")])
        let refused = try BuiltBinary.run(["ingest", "--store", store, dir.write("second.jsonl", reading(1, unit: "°C") + "\n")])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("onescreen series correct cold.temp 沪A·冷链07 --unit °C"), "\(refused.stderr)")
        let fixed = try BuiltBinary.run(["series", "correct", "cold.temp", "沪A·冷链07", "--unit", "°C", "--store", store])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stdout.contains("corrected cold.temp at 沪A·冷链07: unit °C, stage transport"))
        let again = try BuiltBinary.run(["ingest", "--store", store, dir.file("second.jsonl")])
        #expect(again.status == 0, "\(again.stderr)")
        let audit = try BuiltBinary.run(["audit", "--store", store])
        #expect(audit.stdout.contains("series_correct  cold.temp/沪A·冷链07  unit F → °C, stage transport → transport"), "\(audit.stdout)")
        let unknown = try BuiltBinary.run(["series", "correct", "nope", "x", "--stage", "farm", "--store", store])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no series nope at x"))
    }
}

/// What a person reads from the shell commands quotes input sanitised: one line, no escape reaching the terminal.
@Suite struct SanitisedOutputProcessTests {
    let dir = TemporaryDirectory("sanitised")

    @Test func aNoteInTheAuditAndAPluginsStderrInSourcesCannotForgeLinesOrRetitleTheTerminal() async throws {
        let store = try PageStoreFixture.make(in: dir)
        let note = "done\u{1B}]0;pwned\u{07}\n2026-12-01T00:00:00Z  root  executive  config_reload  forged\u{202E}"
        let silenced = try BuiltBinary.run(["alerts", "silence", "standard/*", "--for", "1h", "--note", note, "--store", store])
        #expect(silenced.status == 0, "\(silenced.stderr)")
        let audit = try BuiltBinary.run(["audit", "--store", store])
        #expect(audit.status == 0, "\(audit.stderr)")
        let line = try #require(audit.stdout.split(separator: "\n").first { $0.contains("silence") })
        #expect(line.contains("done\\x1B]0;pwned\\x07\\n2026-12-01T00:00:00Z  root"), "\(line)")
        #expect(!audit.stdout.contains("\u{1B}") && !audit.stdout.contains("\u{202E}"))
        #expect(!audit.stdout.split(separator: "\n").contains { $0.hasPrefix("2026-12-01T00:00:00Z") })

        let plugin = dir.write("evil.sh", "#!/bin/sh\nprintf 'fail\\033[2J\\033]0;owned\\007\\n' >&2\nexit 3\n")
        chmod(plugin, 0o755)
        let config = dir.write("config.yaml", "sources:\n  - {name: evil, kind: exec, command: [\"./evil.sh\"], interval: 1h}\n")
        let collector = try CollectProcessTests.collect(config, store: store, log: dir.file("collect.log"))
        defer { if collector.isRunning { kill(collector.processIdentifier, SIGKILL) } }
        let opened = try Store(path: store)
        #expect(try await Poll.until(timeout: 60) { try opened.sourceStatuses(at: .now).contains { $0.name == "evil" && $0.state == .failing } })
        kill(collector.processIdentifier, SIGTERM)
        collector.waitUntilExit()
        let sources = try BuiltBinary.run(["sources", "--store", store])
        #expect(sources.stdout.contains("exit 3: fail\\x1B[2J\\x1B]0;owned\\x07"), "\(sources.stdout)")
        #expect(!sources.stdout.contains("\u{1B}"))
        let log = (try? String(contentsOfFile: dir.file("collect.log"), encoding: .utf8)) ?? ""
        #expect(!log.contains("\u{1B}"), "the collect log")
    }
}
