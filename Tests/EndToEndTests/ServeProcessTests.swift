import Foundation
import GRDB
import OneScreenTestSupport
import Testing

/// `onescreen serve` run by one uid on a store it owns, and a second, real uid (via setpriv) as its viewer: what
/// that user can reach is the socket, never the file, and what comes through is masked for the role the server's
/// config gives the uid, whatever the user sets or asks for.
@Suite(.serialized) struct ServeProcessTests {
    /// A uid with no passwd entry: known to the server by number only, and whose `USER` means nothing.
    static let viewerUID = 4242

    final class Served: @unchecked Sendable {
        let dir = TemporaryDirectory("serve")
        let binary: String
        let socket: String
        let store: String
        let process = Process()
        let log: String

        /// - Parameter users: the server's `users:` lines.
        init(users: [String: String] = ["root": "executive", String(ServeProcessTests.viewerUID): "frontline"]) throws {
            // The second uid cannot traverse /root or a 0700 folder: the binary and the socket sit where it can,
            // the store in a folder of the server's own.
            chmod(dir.path, 0o755)
            binary = dir.file("bin/onescreen")
            try FileManager.default.createDirectory(atPath: dir.file("bin"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: BuiltBinary.path, toPath: binary)
            try FileManager.default.createDirectory(atPath: dir.file("data"), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            store = dir.file("data/store.sqlite")
            socket = dir.file("run/onescreen.sock")
            let home = dir.file("home")
            try FileManager.default.createDirectory(atPath: home + "/config/onescreen", withIntermediateDirectories: true)
            chmod(home, 0o777)
            chmod(home + "/config", 0o777)
            chmod(home + "/config/onescreen", 0o777)
            let now = Int(Date().timeIntervalSince1970)
            let lines = AccessRecords.lines(now: now)
            let data = dir.write("data.jsonl", lines.joined(separator: "\n") + "\n")
            _ = try BuiltBinary.run(["ingest", "--store", store, data])
            let userLines = users.map { "  \"\($0.key)\": \($0.value)" }.sorted().joined(separator: "\n")
            let config = dir.write("server.yaml", "store: \(store)\nsocket: \(socket)\nusers:\n\(userLines)\n")
            log = dir.file("serve.log")
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["serve", "--config", config, "--log", log]
            process.environment = ProcessInfo.processInfo.environment.merging(IsolatedHome.environment) { $1 }
            try process.run()
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, !Self.listening(socket) { usleep(20_000) }
        }

        static func listening(_ path: String) -> Bool {
            (try? BuiltBinary.run(["status", "--server", path]))?.status == 0
        }

        /// Runs the copied binary as the second uid, with a home of its own and `environment` on top.
        typealias Outcome = (status: Int32, stdout: String, stderr: String)

        func asViewer(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
            try asUID(ServeProcessTests.viewerUID, [binary] + arguments, environment: environment)
        }

        func asUID(_ uid: Int, _ command: [String], environment: [String: String] = [:]) throws -> Outcome {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups"] + command
            process.environment = [
                "PATH": "/usr/bin:/bin", "HOME": dir.file("home"), "XDG_CONFIG_HOME": dir.file("home/config"),
                "XDG_DATA_HOME": dir.file("home/data"), "XDG_RUNTIME_DIR": dir.file("home/run"), "LANG": "C.UTF-8",
            ].merging(environment) { $1 }
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
        }

        func snapshot(_ extra: [String] = [], environment: [String: String] = [:]) throws -> Outcome {
            try asViewer(["snapshot", "--server", socket, "--size", "160x50", "--lang", "zh"] + extra, environment: environment)
        }

        func audit() throws -> String { try BuiltBinary.run(["audit", "--server", socket]).stdout }

        deinit {
            process.terminate()
            process.waitUntilExit()
        }
    }

    @Test func aSecondUIDGetsOnlyMaskedDataThroughTheSocketWhateverItClaims() throws {
        let served = try Served()
        #expect(Served.listening(served.socket), "server did not start: \((try? String(contentsOfFile: served.log, encoding: .utf8)) ?? "")")
        // The file itself is out of reach.
        let cat = try served.asUID(Self.viewerUID, ["/bin/cat", served.store])
        #expect(cat.status != 0)
        let direct = try served.asViewer(["snapshot", "--store", served.store, "--size", "160x50"])
        #expect(direct.status != 0)

        let executive = try BuiltBinary.run(["snapshot", "--server", served.socket, "--size", "160x50", "--lang", "zh"])
        #expect(executive.status == 0, "\(executive.stderr)")
        #expect(executive.stdout.contains("345.7万") && executive.stdout.contains("欧阳娜娜"))

        let masked = try served.snapshot()
        #expect(masked.status == 0, "\(masked.stderr)")
        #expect(masked.stdout.contains("frontline"))
        #expect(!masked.stdout.contains("345.7万") && !masked.stdout.contains("executive"))

        // Asking for more is refused; pretending to be root or configuring oneself changes nothing.
        let raised = try served.snapshot(["--role", "executive"])
        #expect(raised.status == 2 && raised.stderr.contains("may lower the clearance"))
        #expect(try served.snapshot(environment: ["USER": "root", "LOGNAME": "root"]).stdout == masked.stdout)
        try "users:\n  \"\(Self.viewerUID)\": executive\n  root: executive\n".write(
            toFile: served.dir.file("home/config/onescreen/config.yaml"), atomically: true, encoding: .utf8)
        #expect(try served.snapshot().stdout == masked.stdout)
        try FileManager.default.removeItem(atPath: served.dir.file("home/config/onescreen/config.yaml"))

        // Another role of the same clearance opens no page outside frontline's list.
        let sources = try served.snapshot(["--role", "ops", "--page", "sources"])
        #expect(sources.status == 2 && sources.stderr.contains("may not open the sources page"))
        #expect(try served.snapshot(["--page", "customers"]).status == 2)

        let trail = try served.audit()
        #expect(trail.contains("uid \(Self.viewerUID)  frontline  view  page overview"))
        #expect(trail.contains("refused  page sources"))
        #expect(trail.contains("config_load"))
    }

    @Test func pruneAndBroadSilencesAreTheServersToGrant() throws {
        let served = try Served()
        let prune = try served.asViewer(["prune", "--server", served.socket])
        #expect(prune.status == 2 && prune.stderr.contains("may not prune"))
        let wildcard = try served.asViewer(["alerts", "silence", "*", "--for", "30d", "--server", served.socket])
        #expect(wildcard.status == 2 && wildcard.stderr.contains("silence_broadly"))
        let mine = try BuiltBinary.run(["prune", "--server", served.socket])
        #expect(mine.status == 0, "\(mine.stderr)")
        let trail = try served.audit()
        #expect(trail.contains("root  executive  prune"))
        #expect(trail.contains("refused  prune") && trail.contains("refused  silence *"))
    }

    @Test func aStoreOfSomeoneElseIsRefusedInEmbeddedModeNamingServe() throws {
        let served = try Served()
        // Readable by the second uid, yet not its own: embedded mode will not open it.
        let open = served.dir.file("open")
        try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: served.store, toPath: open + "/store.sqlite")
        chmod(open + "/store.sqlite", 0o644)
        let result = try served.asViewer(["status", "--store", open + "/store.sqlite"])
        #expect(result.status != 0 && result.stderr.contains("onescreen serve"))
    }

    @Test func aLiveChangeReachesAClientDashboardThroughTheServer() throws {
        let served = try Served()
        let session = try TmuxSession(command: "\(served.binary) --server \(served.socket) --lang en --refresh 0.2", width: 160, height: 48)
        #expect(try session.waitFor(timeout: 20) { $0.joined().contains("executive") }.met)
        try session.send("6")
        #expect(try session.waitFor(timeout: 10) { $0.joined().contains("cold.temp") }.met)
        let now = Int(Date().timeIntervalSince1970)
        let line = #"{"type":"reading","metric":"cold.temp","site":"沪A·冷链09","stage":"transport","time":\#(now - 30),"value":9.5,"unit":"°C"}"#
        let ingested = try BuiltBinary.run(["ingest", "--store", served.store, "-"], stdin: line + "\n")
        #expect(ingested.status == 0, "\(ingested.stderr)")
        #expect(try session.waitFor(timeout: 10) { $0.joined().contains("冷链09") }.met)
        try session.send("q")
    }
}
