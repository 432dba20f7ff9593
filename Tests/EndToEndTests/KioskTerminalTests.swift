import Foundation
import OneScreenTestSupport
import Testing

/// A wall screen under tmux: pages change on schedule by themselves, and a passer-by's keys change nothing.
@Suite struct KioskTerminalTests {
    let dir = TemporaryDirectory("kiosk")

    @Test func rotatesOnScheduleIgnoresStrayKeysAndQuitsOnlyOnItsKey() throws {
        let store = dir.file("store.sqlite")
        let standard = #"{"type":"standard","id":"STD-T","name":"冷藏车厢温度","metric":"cold.temp","stage":"transport","max":4,"unit":"°C","level":3}"#
        _ = try BuiltBinary.run(["ingest", "--store", store, dir.write("s.jsonl", standard + "\n")])
        let config = dir.write("config.yaml", """
            store: \(store)
            kiosk:
              pages: [overview, quality, alerts]
              interval: 2s
              quit_key: Q
            """)
        let session = try TmuxSession(
            command: "\(BuiltBinary.path) --config \(config) --kiosk --lang en; echo EXIT=$?", width: 120, height: 40)
        func header(_ screen: [String]) -> String { screen.first ?? "" }
        let overview = session.waitFor { header($0).contains("Overview") }
        #expect(overview.met, "\(overview.screen.joined(separator: "\n"))")
        #expect(header(overview.screen).contains("kiosk"), "the kiosk role is shown")
        // Keys a passer-by might press: quit, page keys, navigation, help. None may do anything.
        for key in ["q", "2", "?", "/"] { session.send(key) }
        session.key("Tab")
        session.key("Escape")
        let quality = session.waitFor(timeout: 6) { header($0).contains("Quality") }
        #expect(quality.met, "\(quality.screen.joined(separator: "\n"))")
        let alerts = session.waitFor(timeout: 6) { header($0).contains("Alerts") }
        #expect(alerts.met, "\(alerts.screen.joined(separator: "\n"))")
        let back = session.waitFor(timeout: 6) { header($0).contains("Overview") }
        #expect(back.met, "the rotation comes round again")
        #expect(!back.screen.contains { $0.contains("EXIT=") }, "a stray key stopped the kiosk")
        session.send("Q")
        #expect(session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }
}
