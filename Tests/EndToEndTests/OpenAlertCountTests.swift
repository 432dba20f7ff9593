import Foundation
import OneScreenTestSupport
import Testing

/// One count of open alerts: on the demo store, with a pending alert of two levels added, the overview, the Alerts
/// page, the kiosk's overview and Alerts page and `onescreen alerts --json` give the same number per level, and none
/// of them counts the pending ones as open.
@Suite struct OpenAlertCountTests {
    let dir = TemporaryDirectory("open-alerts")

    /// A copy of the demo store (built by `snapshot` if this run has none yet) with a truck out of band for a minute:
    /// its temperature (L3) and its door (L2) are pending against holds of 15 and 30 minutes.
    func demoWithPendingAlerts() throws -> String {
        let built = try BuiltBinary.run(["snapshot", "--size", "60x16"])
        #expect(built.status == 0, "\(built.stderr)")
        let demo = try #require(IsolatedHome.environment["XDG_DATA_HOME"]) + "/onescreen/demo.sqlite"
        let store = dir.file("demo.sqlite")
        try FileManager.default.copyItem(atPath: demo, toPath: store)
        let now = Int(Date().timeIntervalSince1970)
        let lines = (0..<2).flatMap { step in
            [#"{"type":"reading","metric":"cold.temp","site":"沪A·冷链11","stage":"transport","time":\#(now - 60 + step * 60),"value":9.5,"unit":"°C"}"#,
             #"{"type":"reading","metric":"cold.door","site":"沪A·冷链11","stage":"transport","time":\#(now - 60 + step * 60),"value":1,"unit":"0/1"}"#]
        }
        let ingest = try BuiltBinary.run(["ingest", "--store", store, dir.write("pending.jsonl", lines.joined(separator: "\n") + "\n")])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return store
    }

    /// The figure after each level's name on the screen (`L3 business anomaly ███ 10`, `L3 business anomaly  10`).
    static func perLevel(_ screen: String) -> [Int?] {
        ["L1 system fault", "L2 performance decline", "L3 business anomaly", "L4 compliance risk"].map { name in
            guard let range = screen.range(of: name) else { return nil }
            let after = screen[range.upperBound...].prefix { $0 != "│" && $0 != "\n" }
            return after.split(whereSeparator: { !$0.isNumber }).first.flatMap { Int($0) }
        }
    }

    func screen(_ store: String, _ arguments: [String]) throws -> String {
        let result = try BuiltBinary.run(["snapshot", "--store", store, "--size", "200x60", "--lang", "en"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func theOverviewTheAlertsPageTheKioskAndTheCLIAgreePerLevel() throws {
        let store = try demoWithPendingAlerts()
        let json = try BuiltBinary.run(["alerts", "--store", store, "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let open = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let fromCLI: [Int?] = (1...4).map { level in open.filter { $0["level"] as? Int == level }.count }
        #expect(open.allSatisfy { ["firing", "acknowledged"].contains($0["state"] as? String) })
        #expect(fromCLI.compactMap { $0 }.reduce(0, +) > 0, "the demo has open alerts")

        let pending = try BuiltBinary.run(["alerts", "--store", store, "--state", "pending", "--json"])
        let pendingAlerts = try #require(try JSONSerialization.jsonObject(with: Data(pending.stdout.utf8)) as? [[String: Any]])
        #expect(Set(pendingAlerts.compactMap { $0["level"] as? Int }) == [2, 3], "the truck's two pending alerts")

        let screens = [
            "overview": try screen(store, ["--page", "overview"]),
            "alerts page": try screen(store, ["--page", "alerts"]),
            "kiosk overview": try screen(store, ["--page", "overview", "--kiosk"]),
            "kiosk alerts page": try screen(store, ["--page", "alerts", "--kiosk"]),
        ]
        for (name, text) in screens {
            #expect(Self.perLevel(text) == fromCLI, "\(name):\n\(text)")
        }
        #expect(screens["overview"]!.contains("+\(pendingAlerts.count) pending"))
        #expect(screens["alerts page"]!.contains("pending"))
    }
}
