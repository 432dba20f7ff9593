import Foundation
import GRDB
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
        // The page's header: under the big clock's band on a terminal this size.
        func header(_ screen: [String]) -> String { screen.first { $0.contains("onescreen") } ?? "" }
        let overview = try session.waitFor { header($0).contains("Overview") }
        #expect(overview.met, "\(overview.screen.joined(separator: "\n"))")
        #expect(header(overview.screen).contains("kiosk"), "the kiosk role is shown")
        // The footer offers only what works on a wall: its quit key.
        let footer = overview.screen.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(footer.hasSuffix("Q quit") && !footer.contains("help") && !footer.contains("1-7"), "\(footer)")
        // Keys a passer-by might press: quit, page keys, navigation, help. None may do anything.
        // The wall has no key with a visible effect but its quit key, so the proof they were read is the whole
        // rotation below: the loop reads the keyboard on every pass, at least every 200 ms.
        for key in ["q", "2", "?", "/"] { try session.send(key) }
        try session.key("Tab")
        try session.key("Escape")
        let quality = try session.waitFor(timeout: 6) { header($0).contains("Quality") }
        #expect(quality.met, "\(quality.screen.joined(separator: "\n"))")
        let alerts = try session.waitFor(timeout: 6) { header($0).contains("Alerts") }
        #expect(alerts.met, "\(alerts.screen.joined(separator: "\n"))")
        let back = try session.waitFor(timeout: 6) { header($0).contains("Overview") }
        #expect(back.met, "the rotation comes round again")
        #expect(!back.screen.contains { $0.contains("EXIT=") }, "a stray key stopped the kiosk")
        try session.send("Q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }

    /// The time in big digits on top of a big enough wall, the freshness beside it; then a new L1 alert written to the
    /// store comes up as a banner naming its level, while the kiosk role still sees none of its text.
    @Test func showsTheBigClockAndFreshnessAndAnnouncesANewL1() throws {
        let store = dir.file("wall.sqlite")
        let now = Int(Date().timeIntervalSince1970)
        let lines = [
            #"{"type":"standard","id":"STD-T","name":"冷藏车厢温度","metric":"cold.temp","stage":"transport","max":4,"unit":"°C","level":3}"#,
            #"{"type":"reading","metric":"cold.temp","site":"沪A·冷链07","stage":"transport","time":\#(now - 60),"value":3.0,"unit":"°C"}"#,
        ]
        _ = try BuiltBinary.run(["ingest", "--store", store, dir.write("wall.jsonl", lines.joined(separator: "\n") + "\n")])
        let config = dir.write("wall.yaml", """
            store: \(store)
            refresh: 500ms
            kiosk:
              pages: [overview]
              alert_bell: true
              alert_hold: false
            """)
        let session = try TmuxSession(
            command: "\(BuiltBinary.path) --config \(config) --kiosk --lang en; echo EXIT=$?", width: 120, height: 40)
        let band = try session.waitFor { screen in
            screen.count > 5 && screen[0...4].allSatisfy { $0.contains("██") } && screen[1].contains("data 1m ago")
        }
        #expect(band.met, "\(band.screen.joined(separator: "\n"))")
        #expect(band.screen[5].contains("Overview"), "the page's header under the band")

        try DatabaseQueue(path: store).write { db in
            try db.execute(sql: """
                INSERT INTO alert (fingerprint, rule, level, state, subject, message, first_seen, last_seen)
                VALUES ('gw|网关', 'gateway-down', 1, 'firing', '嘉兴网关', '数据源失联', ?, ?)
                """, arguments: [now * 1000, now * 1000])
        }
        let banner = try session.waitFor(timeout: 10) { $0.count > 5 && $0[5].contains("NEW ALERT L1 system fault") }
        #expect(banner.met, "\(banner.screen.joined(separator: "\n"))")
        #expect(!banner.screen.joined().contains("嘉兴网关"), "the kiosk role sees no alert text")

        // Small, the page alone, right under the banner that covers its header for a while.
        try session.resize(width: 80, height: 24)
        let small = try session.waitFor { $0.count > 1 && !$0[0].contains("██") && $0[1].hasPrefix("┌─ Quality") }
        #expect(small.met, "\(small.screen.joined(separator: "\n"))")
        try session.key("C-q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }

    /// The soak benchmark's fast clock (hidden `--soak-step`): simulated hours pass in seconds, and the rotation's
    /// page switches keep to their plan however late each pass comes.
    @Test func aFastClockKeepsTheRotationToPlanAndReportsWhenStopped() throws {
        let store = dir.file("soak.sqlite")
        _ = try BuiltBinary.run(["ingest", "--store", store, dir.write("soak.jsonl", "")])
        let config = dir.write("soak.yaml", """
            store: \(store)
            kiosk:
              pages: [overview, alerts]
              interval: 20s
            """)
        let report = dir.file("soak.txt")
        let session = try TmuxSession(
            command: "\(BuiltBinary.path) --config \(config) --kiosk --soak-step 7 --soak-report \(report); echo EXIT=$?",
            width: 100, height: 30)
        // The header's clock, in minutes of the day: the simulated time the run has reached.
        func minutes(_ screen: [String]) -> Int? {
            guard let line = screen.first(where: { $0.contains("onescreen") }),
                  let clock = line.firstMatch(of: /(\d\d):(\d\d)/), let h = Int(clock.1), let m = Int(clock.2) else { return nil }
            return h * 60 + m
        }
        let start = try session.waitFor { minutes($0) != nil }
        let first = try #require(minutes(start.screen), "\(start.screen.joined(separator: "\n"))")
        // Ten simulated minutes are thirty planned switches, whatever the machine's speed.
        let later = try session.waitFor(timeout: 60) { screen in minutes(screen).map { ($0 - first + 1440) % 1440 >= 10 } ?? false }
        #expect(later.met, "\(later.screen.joined(separator: "\n"))")
        try session.key("C-q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=") } }.met)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        #expect(text.contains("schedule drift 0 ms"), "\(text)")
        let counts = text.split(separator: "\n").first { $0.contains("switches") }.map { line in
            line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        } ?? []
        // `every 20 s: N switches (N expected)`.
        #expect(counts.count >= 3 && counts[1] == counts[2] && counts[1] > 10, "\(text)")
    }
}

/// The wall holds on the Alerts page while an L1 or L4 alert fires, and rotates on once none does.
@Suite struct KioskAlertHoldTerminalTests {
    let dir = TemporaryDirectory("kiosk-hold")

    /// A compliance-risk (L4) excursion at `site`: ten minutes above the band, ending a minute ago.
    func complianceExcursion(_ site: String) -> String {
        let end = Int(Date().timeIntervalSince1970) - 60
        var lines = [#"{"type":"standard","id":"STD-L4","name":"冷链合规温度","metric":"truck.temp","stage":"transport","max":4,"unit":"°C","level":4,"hold":300}"#]
        for minute in 0..<20 {
            lines.append(#"{"type":"reading","metric":"truck.temp","site":"\#(site)","stage":"transport","time":\#(end - (19 - minute) * 60),"value":\#(minute < 10 ? 3.0 : 6.5),"unit":"°C"}"#)
        }
        return dir.write("\(site).jsonl", lines.joined(separator: "\n") + "\n")
    }

    func kiosk(_ store: String, hold: String = "") throws -> TmuxSession {
        let config = dir.write("config.yaml", """
            store: \(store)
            refresh: 500ms
            kiosk:
              pages: [overview, quality]
              interval: 2s
              quit_key: Q
            \(hold)
            """)
        return try TmuxSession(command: "\(BuiltBinary.path) --config \(config) --kiosk --lang en; echo EXIT=$?", width: 120, height: 40)
    }

    /// The page up: its header, or under a new alert's banner (which takes the header's row) its pane's title.
    static func page(_ screen: [String]) -> String {
        if let header = screen.first(where: { $0.contains("onescreen") }) { return header }
        if screen.contains(where: { $0.contains("Alerts by rule") }) { return "Alerts" }
        if screen.contains(where: { $0.contains("Compliance by stage") }) { return "Quality" }
        return ""
    }

    @Test func holdsOnAlertsWhileAnL4FiresAndResumesWhenItClears() throws {
        let store = dir.file("store.sqlite")
        #expect(try BuiltBinary.run(["ingest", "--store", store, complianceExcursion("沪A·冷链07")]).status == 0)
        let session = try kiosk(store)
        let held = try session.waitFor { Self.page($0).contains("Alerts") && $0.contains { $0.contains("Alerts held until the alert clears") } }
        #expect(held.met, "\(held.screen.joined(separator: "\n"))")
        // More than two intervals later the wall is redrawn at a new size, a pass of the loop that would have
        // rotated had it been due: it still holds on the Alerts page.
        Thread.sleep(forTimeInterval: 4.5)
        try session.resize(width: 100, height: 36)
        let redrawn = try session.waitFor { screen in
            screen.contains { $0.hasPrefix("┌─ Alerts by rule") && TerminalColumns.width(of: $0) == 100 }
                && screen.contains { $0.contains("Alerts held until the alert clears") }
        }
        #expect(redrawn.met, "\(redrawn.screen.joined(separator: "\n"))")
        // Acknowledged, it no longer fires: the rotation goes on from the page it left, then to the next.
        let id = try #require((try JSONSerialization.jsonObject(with: Data(try BuiltBinary.run(["alerts", "--store", store, "--json"]).stdout.utf8))
            as? [[String: Any]])?.first?["id"] as? Int)
        #expect(try BuiltBinary.run(["alerts", "ack", String(id), "--store", store]).status == 0)
        let resumed = try session.waitFor(timeout: 10) { Self.page($0).contains("Overview") }
        #expect(resumed.met, "\(resumed.screen.joined(separator: "\n"))")
        #expect(!resumed.screen.contains { $0.contains("held until") })
        let quality = try session.waitFor(timeout: 10) { Self.page($0).contains("Quality") }
        #expect(quality.met, "the rotation goes on")
        try session.send("Q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }

    @Test func withTheHoldOffItRotatesWhateverFires() throws {
        let store = dir.file("store.sqlite")
        #expect(try BuiltBinary.run(["ingest", "--store", store, complianceExcursion("沪A·冷链07")]).status == 0)
        let session = try kiosk(store, hold: "  alert_hold: false")
        #expect(try session.waitFor { Self.page($0).contains("Overview") }.met)
        let quality = try session.waitFor(timeout: 10) { Self.page($0).contains("Quality") }
        #expect(quality.met, "\(quality.screen.joined(separator: "\n"))")
        try session.send("Q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }
}
