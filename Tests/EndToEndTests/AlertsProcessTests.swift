import Foundation
import GRDB
import OneScreenCore
import OneScreenTestSupport
import Testing

/// `onescreen ingest` raising alerts and `onescreen alerts` listing and acknowledging them, as real processes.
@Suite struct AlertsProcessTests {
    let dir = TemporaryDirectory("alerts-e2e")

    func excursionFile() -> String { ExcursionFixture.file(in: dir) }

    func list(_ store: String, _ extra: [String] = []) throws -> [[String: Any]] {
        let r = try BuiltBinary.run(["alerts", "--store", store, "--json"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    }

    @Test func ingestRaisesTheAlertAndAckWritesTheAuditRow() throws {
        let store = dir.file("s.sqlite")
        let ingest = try BuiltBinary.run(["ingest", "--store", store, excursionFile()])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        let alerts = try list(store)
        #expect(alerts.count == 1)
        let alert = try #require(alerts.first)
        for key in ["id", "rule", "level", "state", "subject", "first_seen", "last_seen", "count", "acked_by"] {
            #expect(alert.keys.contains(key), "missing \(key)")
        }
        #expect(alert["rule"] as? String == "standard/STD-T")
        #expect(alert["level"] as? Int == 3)
        #expect(alert["state"] as? String == "firing")
        #expect(alert["subject"] as? String == "沪A·冷链07/truck.temp")
        #expect(alert["count"] as? Int == 10)
        #expect(alert["acked_by"] is NSNull)
        let id = try #require(alert["id"] as? Int)

        let ack = try BuiltBinary.run(["alerts", "ack", String(id), "--note", "司机已关门，复检中", "--store", store])
        #expect(ack.status == 0, "\(ack.stderr)")
        let user = ExcursionFixture.osUser
        let acked = try #require(try list(store).first)
        #expect(acked["state"] as? String == "acknowledged")
        #expect(acked["acked_by"] as? String == user)
        #expect(acked["ack_note"] as? String == "司机已关门，复检中")

        let audit = try DatabaseQueue(path: store).read { db in
            // Listing alerts is audited too (a view above public grade); the acknowledgement is the one action.
            try Row.fetchAll(db, sql: "SELECT at, user, role, action, subject, detail FROM audit WHERE action != 'view'")
        }
        #expect(audit.count == 1)
        let row = try #require(audit.first)
        #expect(row["user"] as String == user)
        #expect(row["role"] as String == "executive")
        #expect(row["action"] as String == "acknowledge")
        #expect(row["subject"] as String == "alert/\(id)")
        #expect(row["detail"] as String? == "司机已关门，复检中")
        #expect(abs(Double(row["at"] as Int64) / 1000 - Date().timeIntervalSince1970) < 60)

        // A second acknowledgement is refused and leaves no audit row.
        let again = try BuiltBinary.run(["alerts", "ack", String(id), "--store", store])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already acknowledged by \(user)"))
    }

    @Test func ingestingTheSameFileTwiceRaisesNothingNew() throws {
        let store = dir.file("s.sqlite")
        let file = excursionFile()
        #expect(try BuiltBinary.run(["ingest", "--store", store, file]).status == 0)
        let first = try list(store, ["--state", "all"])
        let again = try BuiltBinary.run(["ingest", "--store", store, file])
        #expect(again.stdout == "accepted 0, rejected 0, duplicates 21\n")
        #expect(try list(store, ["--state", "all"]).map { $0["id"] as? Int } == first.map { $0["id"] as? Int })
    }

    @Test func silenceIsAuditedAndFiltersByLevelWork() throws {
        let store = dir.file("s.sqlite")
        #expect(try BuiltBinary.run(["ingest", "--store", store, excursionFile()]).status == 0)
        let silence = try BuiltBinary.run(["alerts", "silence", "standard/*", "--for", "2h", "--note", "cold room defrost", "--store", store])
        #expect(silence.status == 0, "\(silence.stderr)")
        #expect(silence.stdout.contains("1 open alert match"))
        let bad = try BuiltBinary.run(["alerts", "silence", "x", "--for", "soon", "--store", store])
        #expect(bad.status != 0)
        #expect(try list(store, ["--level", "L4"]).isEmpty)
        #expect(try list(store, ["--level", "3"]).count == 1)
        let audit = try DatabaseQueue(path: store).read { db in try Row.fetchAll(db, sql: "SELECT action, subject, detail FROM audit WHERE action != 'view'") }
        #expect(audit.map { $0["action"] as String } == ["silence"])
        #expect((audit.first?["detail"] as String?)?.hasSuffix("cold room defrost") == true)
    }

    @Test func ingestJudgesTheConfiguredRulesAndRunsTheirHooks() throws {
        let store = dir.file("s.sqlite"), fired = dir.file("fired.json")
        let config = dir.write("config.yaml", """
            rules:
              - name: warm-truck
                kind: threshold
                metric: "truck.*"
                max: 6
                for: 2m
                level: L4
                message: "{subject} reached {value}{unit}"
            alerts:
              hooks:
                - command: "cat > '\(fired)'"
                  on: fire
                  min_level: L4
            """)
        let ingest = try BuiltBinary.run(["ingest", "--store", store, "--config", config, excursionFile()])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let rules = try list(store).map { $0["rule"] as? String }
        #expect(Set(rules) == ["standard/STD-T", "warm-truck"])
        // ingest waits for its hooks before it exits, so the file is there.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: fired))) as? [String: Any])
        #expect(object["rule"] as? String == "warm-truck")
        #expect(object["message"] as? String == "沪A·冷链07/truck.temp reached 6.5°C")

        let broken = dir.write("broken.yaml", "rules:\n  - name: x\n    kind: treshold\n")
        let refused = try BuiltBinary.run(["ingest", "--store", store, "--config", broken, excursionFile()])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("broken.yaml:3: rules[0].kind: unknown kind 'treshold' (did you mean 'threshold'?)"))
    }
}

extension AlertsProcessTests {
    @Test func snapshotDrawsAnAlertsDetail() throws {
        let store = dir.file("s.sqlite")
        #expect(try BuiltBinary.run(["ingest", "--store", store, excursionFile()]).status == 0)
        let id = try #require(try list(store).first?["id"] as? Int)
        for (width, height) in [(80, 24), (200, 60)] {
            for language in ["zh", "en"] {
                let result = try BuiltBinary.run(["snapshot", "--store", store, "--page", "alerts", "--select", String(id),
                                                  "--size", "\(width)x\(height)", "--lang", language])
                #expect(result.status == 0, "\(result.stderr)")
                let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
                #expect(lines.count == height)
                for line in lines { #expect(TerminalColumns.width(of: line) == width, "\(width)x\(height) \(language): \(line)") }
                let text = result.stdout
                let words = language == "zh" ? ["预警 › 预警 #\(id)", "告警中", "标准 ≤4°C", "6.5°C 超标 触发", "出现", "未确认"]
                    : ["Alerts › alert #\(id)", "firing", "band ≤4°C", "6.5°C breached fired", "raised", "not acknowledged"]
                for word in words + [ExcursionFixture.rule, ExcursionFixture.subject, "3°C"] {
                    #expect(text.contains(word), "\(width)x\(height) \(language): \(word)")
                }
            }
        }
        let missing = try BuiltBinary.run(["snapshot", "--store", store, "--page", "alerts", "--select", "999", "--lang", "en"])
        #expect(missing.stdout.contains("999 not found"))
    }
}
