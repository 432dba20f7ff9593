import Foundation
import OneScreenTestSupport
import Testing

/// Roles and masking as a user meets them: the same snapshot through the real binary, as different roles.
@Suite struct AccessProcessTests {
    let dir = TemporaryDirectory("access")
    static let me = String(cString: getpwuid(geteuid())!.pointee.pw_name)

    /// A store with people, amounts and a reading out of band, and a config mapping users to roles.
    func setUp(users: [String: String]) throws -> (config: String, store: String) {
        let now = Int(Date().timeIntervalSince1970)
        let lines = AccessRecords.lines(now: now)
        let data = dir.write("data.jsonl", lines.joined(separator: "\n") + "\n")
        let store = dir.file("store.sqlite")
        _ = try BuiltBinary.run(["ingest", "--store", store, data])
        let userLines = users.map { "  \($0.key): \($0.value)" }.sorted().joined(separator: "\n")
        let config = dir.write("config.yaml", "store: \(store)\nusers:\n\(userLines)\n")
        return (config, store)
    }

    func snapshot(_ config: String, _ extra: [String] = []) throws -> BuiltBinary.Result {
        try BuiltBinary.run(["snapshot", "--config", config, "--size", "160x50", "--lang", "zh"] + extra)
    }

    @Test func kioskSeesNoPersonNoPhoneAndNoAmountThatTheExecutiveSees() throws {
        let (config, _) = try setUp(users: [Self.me: "executive"])
        let executive = try snapshot(config)
        let kiosk = try snapshot(config, ["--role", "kiosk"])
        #expect(executive.status == 0, "\(executive.stderr)")
        #expect(kiosk.status == 0, "\(kiosk.stderr)")
        // The executive view has the person, the reading and the amounts (345.7万 contract, LTV of the order).
        for text in ["欧阳娜娜", "7.25", "345.7万", "沪A·冷链07"] {
            #expect(executive.stdout.contains(text), "executive lacks \(text)")
        }
        // The kiosk view: no full name of a person, no phone, no amount, no site or reading.
        for text in ["欧阳娜娜", "13812345678", "345.7万", "7.25", "沪A·冷链07", "冷链配送框架合同"] {
            #expect(!kiosk.stdout.contains(text), "kiosk shows \(text)")
        }
        // Not even a starred name: what the kiosk may see is counted (contract risks), not listed as masks.
        #expect(!kiosk.stdout.contains("欧***") && kiosk.stdout.contains("合同风险"), "\(kiosk.stdout)")
        let amounts = try Regex(#"\d+(\.\d+)?[万亿]"#)
        #expect(kiosk.stdout.firstMatch(of: amounts) == nil, "kiosk shows an amount")
        #expect(executive.stdout.firstMatch(of: amounts) != nil)
    }

    @Test func aUserNotInTheConfigIsLeastPrivilegedAndCannotAskForMore() throws {
        let (config, _) = try setUp(users: ["somebody-else": "executive"])
        let mine = try snapshot(config)
        #expect(mine.status == 0, "\(mine.stderr)")
        #expect(!mine.stdout.contains("欧阳娜娜"))
        #expect(!mine.stdout.contains("345.7万"))
        let raised = try snapshot(config, ["--role", "executive"])
        #expect(raised.status != 0)
        #expect(raised.stderr.contains("may lower the clearance, not raise it"), "\(raised.stderr)")
        #expect(raised.stdout.isEmpty)
    }
}

extension AccessProcessTests {
    @Test func openingACustomer360WritesOneAuditRowWithUserRoleAndTime() throws {
        let (config, store) = try setUp(users: [Self.me: "executive"])
        let before = Date().timeIntervalSince1970
        let view = try snapshot(config, ["--page", "customers", "--select", "C1"])
        #expect(view.status == 0, "\(view.stderr)")
        #expect(view.stdout.contains("13812345678"), "the executive sees the phone")
        let list = try snapshot(config, ["--page", "customers"])
        #expect(list.status == 0)
        let audit = try BuiltBinary.run(["audit", "--store", store, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [[String: Any]])
        // The 360 once, and the list once: every snapshot of a page above public grade is an opening.
        let views = rows.filter { $0["action"] as? String == "view" && $0["subject"] as? String == "customer C1" }
        #expect(views.count == 1, "\(audit.stdout)")
        #expect(rows.contains { $0["action"] as? String == "view" && $0["subject"] as? String == "page customers" }, "\(audit.stdout)")
        #expect(views.first?["user"] as? String == Self.me)
        #expect(views.first?["role"] as? String == "executive")
        #expect(views.first?["subject"] as? String == "customer C1")
        let at = try #require(views.first?["at"] as? String)
        let seconds = try #require(ISO8601DateFormatter().date(from: at)).timeIntervalSince1970
        #expect(seconds >= before.rounded(.down) - 1 && seconds <= Date().timeIntervalSince1970 + 1)
    }
}

extension AccessProcessTests {
    /// The store and the role come from the config for the shell commands too: a frontline user lists alerts from
    /// the configured store, may not acknowledge as a kiosk, and may not read the audit trail.
    @Test func shellCommandsUseTheConfiguredStoreAndHoldTheUserToTheirRole() throws {
        let (config, store) = try setUp(users: [Self.me: "frontline"])
        _ = try BuiltBinary.run(["ingest", "--config", config, dir.write("later.jsonl", """
            {"type":"reading","metric":"cold.temp","site":"沪A·冷链07","stage":"transport","time":\(Int(Date().timeIntervalSince1970)),"value":7.5,"unit":"°C"}

            """)])
        let listed = try BuiltBinary.run(["alerts", "--config", config, "--state", "all", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let alerts = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        // Listed most severe first: the reading's alert is found by its subject, not by its place in the list.
        let reading = alerts.first { ($0["subject"] as? String)?.contains("沪A·冷链07") == true }
        let id = try #require(reading?["id"] as? Int, "no alert on 沪A·冷链07 in the configured store \(store): \(listed.stdout)")
        let kioskList = try BuiltBinary.run(["alerts", "--config", config, "--state", "all", "--role", "kiosk"])
        #expect(kioskList.status == 0, "\(kioskList.stderr)")
        #expect(!kioskList.stdout.isEmpty && !kioskList.stdout.contains("沪A·冷链07"), "a kiosk sees alert texts masked: \(kioskList.stdout)")

        let asKiosk = try BuiltBinary.run(["alerts", "ack", String(id), "--config", config, "--role", "kiosk"])
        #expect(asKiosk.status != 0)
        #expect(asKiosk.stderr.contains("role kiosk may not acknowledge or silence alerts"), "\(asKiosk.stderr)")
        let audit = try BuiltBinary.run(["audit", "--config", config, "--json"])
        #expect(audit.status != 0)
        #expect(audit.stderr.contains("role frontline may not read the audit trail"), "\(audit.stderr)")

        let acked = try BuiltBinary.run(["alerts", "ack", String(id), "--config", config, "--note", "已通知司机"])
        #expect(acked.status == 0, "\(acked.stderr)")
        let trail = try BuiltBinary.run(["audit", "--store", store, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(trail.stdout.utf8)) as? [[String: Any]])
        let acks = rows.filter { $0["action"] as? String == "acknowledge" }
        #expect(acks.count == 1, "\(trail.stdout)")
        #expect(acks.first?["role"] as? String == "frontline")
    }
}

extension AccessProcessTests {
    /// A mistyped store path is an error that names it, and leaves no empty store behind to be taken for the real one.
    @Test func commandsThatReadAStoreRefuseAMissingOneAndCreateNothing() throws {
        let missing = dir.file("typo.sqlite")
        for arguments in [["alerts"], ["alerts", "ack", "1"], ["audit"], ["status"], ["sources"], ["prune"]] {
            let r = try BuiltBinary.run(arguments + ["--store", missing])
            #expect(r.status != 0, "\(arguments)")
            #expect(r.stderr.contains("no store at \(missing)"), "\(arguments): \(r.stderr)")
            #expect(!r.stderr.contains("Usage:"), "a refusal, not a usage error: \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: missing), "\(arguments) created the store")
        }
    }
}
