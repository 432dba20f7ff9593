import Foundation
import OneScreenTestSupport
import Testing

/// An idle dashboard sleeps until something happens: a commit by another process reaches its screen at once, in
/// embedded mode (the store's file watch) and as a client of `onescreen serve` (the server's notice), well before
/// any timer of its own would have read the store again.
@Suite(.serialized) struct IdleWakeTerminalTests {
    let dir = TemporaryDirectory("idle")

    /// Well inside the dashboard's slow re-read of 30 s and the header clock's minute (see `commitInsideAMinute`),
    /// so only the change notice can bring the new value in time.
    static let wakeSeconds = 5.0

    /// A store whose only data is two days old: the status bar's age then changes once an hour, and nothing on the
    /// screen moves by the clock but the header's minute.
    func makeStore() throws -> String {
        let then = Int(Date().timeIntervalSince1970) - 2 * 86_400
        let lines = [
            #"{"type":"standard","id":"S","name":"冷藏车厢温度","metric":"cold.temp","stage":"transport","max":4,"unit":"°C","level":3}"#,
            #"{"type":"reading","metric":"cold.temp","site":"OLD-SITE","stage":"transport","time":\#(then),"value":9,"unit":"°C"}"#,
        ]
        // A folder of the store's own: `onescreen serve` refuses a store others could reach.
        try FileManager.default.createDirectory(atPath: dir.file("data"), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let store = dir.file("data/store.sqlite")
        let result = try BuiltBinary.run(["ingest", "--store", store, dir.write("old.jsonl", lines.joined(separator: "\n") + "\n")])
        #expect(result.status == 0, "\(result.stderr)")
        return store
    }

    /// Commits a reading for `site` through another process, early enough in a minute that the header clock does
    /// not change before the deadline.
    func commitInsideAMinute(_ site: String, store: String) throws {
        let second = Int(Date().timeIntervalSince1970) % 60
        if second > 60 - Int(Self.wakeSeconds) - 3 { Thread.sleep(forTimeInterval: Double(61 - second)) }
        let line = #"{"type":"reading","metric":"cold.temp","site":"\#(site)","stage":"transport","time":\#(Int(Date().timeIntervalSince1970)),"value":9,"unit":"°C"}"#
        let result = try BuiltBinary.run(["ingest", "--store", store, dir.write("\(site).jsonl", line + "\n")])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func expectWakes(_ tmux: TmuxSession, store: String) throws {
        let first = try tmux.waitFor { $0.joined().contains("OLD-SITE") }
        #expect(first.met, "\(first.screen.joined(separator: "\n"))")
        // Idle for a while first: any wake-up by a timer of the loop's own has had its chance.
        Thread.sleep(forTimeInterval: 2)
        try commitInsideAMinute("NEW-SITE", store: store)
        let woke = try tmux.waitFor(timeout: Self.wakeSeconds) { $0.joined().contains("NEW-SITE") }
        #expect(woke.met, "\(woke.screen.joined(separator: "\n"))")
    }

    @Test("embedded: another process's commit is drawn within seconds by an idle dashboard")
    func embedded() throws {
        let store = try makeStore()
        let tmux = try TmuxSession(command: "\(BuiltBinary.path) --store \(store) --lang en --refresh 1", width: 160, height: 48)
        try expectWakes(tmux, store: store)
    }

    @Test("client of onescreen serve: another process's commit is drawn within seconds by an idle dashboard")
    func client() throws {
        let store = try makeStore()
        let socket = dir.file("serve.sock")
        let server = Process()
        server.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        server.arguments = ["serve", "--store", store, "--socket", socket, "--log", dir.file("serve.log")]
        server.environment = ProcessInfo.processInfo.environment.merging(IsolatedHome.environment) { $1 }
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, (try? BuiltBinary.run(["status", "--server", socket]))?.status != 0 { usleep(50_000) }
        let tmux = try TmuxSession(command: "\(BuiltBinary.path) --server \(socket) --lang en --refresh 1; echo EXIT=$?", width: 160, height: 48)
        try expectWakes(tmux, store: store)
    }
}
