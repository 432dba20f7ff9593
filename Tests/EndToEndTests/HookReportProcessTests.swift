import Foundation
import OneScreenTestSupport
import Testing

/// The `report` a hook of `onescreen ingest` reads: the alert's detail as the Alerts page draws it, in the hook's
/// language.
@Suite struct HookReportProcessTests {
    let dir = TemporaryDirectory("hook-report")

    @Test func theReportIsTheAlertDetailInTheHooksLanguage() throws {
        let en = dir.file("en.jsonl"), zh = dir.file("zh.jsonl"), wall = dir.file("wall.jsonl")
        let config = dir.write("config.yaml", """
            language: zh
            alerts:
              hooks:
                - command: "cat >> '\(en)'"
                  language: en
                - command: "cat >> '\(zh)'"
                - command: "cat >> '\(wall)'"
                  role: kiosk
                  language: en
            """)
        let r = try BuiltBinary.run(["ingest", "--config", config, "--store", dir.file("s.sqlite"), ExcursionFixture.file(in: dir)])
        #expect(r.status == 0, "\(r.stderr)")
        func object(_ path: String) throws -> [String: Any] {
            let line = try String(contentsOfFile: path, encoding: .utf8)
            return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        func report(_ path: String) throws -> [String] {
            try #require(try object(path)["report"] as? String).split(separator: "\n").map(String.init)
        }
        let english = try report(en)
        #expect(english.first?.contains("alert #1  \(ExcursionFixture.subject)") == true, "\(english)")
        #expect(english.contains { $0.contains("Values that fired it") && $0.contains("Timeline") })
        #expect(english.contains { $0.contains("6.5°C breached fired") })
        #expect(english.allSatisfy { (TerminalColumns.width(of: $0) ?? .max) <= 100 })
        let chinese = try report(zh)
        #expect(chinese.contains { $0.contains("触发数值") && $0.contains("时间线") })
        // A hook with a role gets what that role would see: the wall's role reads no alert text.
        let masked = try object(wall)
        #expect(masked["subject"] as? String != ExcursionFixture.subject)
        let public_ = try report(wall)
        #expect(public_.contains { $0.contains("Values that fired it") }, "\(public_)")
        #expect(!public_.joined().contains("沪A·冷链07"), "\(public_)")
    }
}
