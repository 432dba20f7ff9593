import Foundation
import OneScreenTestSupport
import Testing

/// Silences and acknowledgements managed after the fact: a silence made on the Alerts page is listed by
/// `alerts silences`, ended by `alerts unsilence` (or `u` on the page's silences view), an acknowledgement undone by
/// `alerts unack`, each audited; the same through `onescreen serve`, where a role that may not act is refused.
@Suite(.serialized) struct SilenceManagementTests {
    let dir = TemporaryDirectory("silences-e2e")

    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try BuiltBinary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    func audit(_ where_: [String], action: String) throws -> [[String: Any]] {
        try json(["audit", "--json"] + where_).filter { $0["action"] as? String == action }
    }

    @Test func aSilenceMadeOnThePageIsListedEndedAndAudited() throws {
        let store = dir.file("s.sqlite")
        #expect(try BuiltBinary.run(["ingest", "--store", store, ExcursionFixture.file(in: dir)]).status == 0)
        let session = try TmuxSession(command: "\(BuiltBinary.path) --store \(store) --refresh 1 --lang en; echo EXIT=$?", width: 120, height: 30)
        #expect(try session.waitFor { ($0.first ?? "").contains("Overview") }.met)
        try session.send("6")
        #expect(try session.waitFor { $0.contains { $0.contains(ExcursionFixture.rule) } }.met)
        try session.send("s")
        #expect(try session.waitFor { $0.contains { $0.contains("Silence subject \(ExcursionFixture.subject) for: 2h") } }.met)
        try session.key("Enter")
        #expect(try session.waitFor { $0.contains { $0.contains("silenced \(ExcursionFixture.subject) until") } }.met)

        // The page's silences view shows it with its owner and expiry.
        try session.send("m")
        let view = try session.waitFor { screen in
            screen.contains { $0.contains("Silences in force") } && screen.contains { $0.contains(ExcursionFixture.subject) && $0.contains(ExcursionFixture.osUser) }
        }
        #expect(view.met, "\(view.screen.joined(separator: "\n"))")

        let listed = try json(["alerts", "silences", "--json", "--store", store])
        #expect(listed.count == 1)
        let silence = try #require(listed.first)
        #expect(silence["target"] as? String == ExcursionFixture.subject)
        #expect(silence["created_by"] as? String == ExcursionFixture.osUser)
        let id = try #require(silence["id"] as? Int)
        let text = try BuiltBinary.run(["alerts", "silences", "--store", store])
        #expect(text.stdout.hasPrefix("\(id)  \(ExcursionFixture.subject)  until "), "\(text.stdout)")

        let ended = try BuiltBinary.run(["alerts", "unsilence", String(id), "--store", store])
        #expect(ended.status == 0, "\(ended.stderr)")
        #expect(ended.stdout.contains("ended silence \(id) of \(ExcursionFixture.subject)"))
        #expect(try json(["alerts", "silences", "--json", "--store", store]).isEmpty)
        // The page follows within a refresh.
        #expect(try session.waitFor { $0.contains { $0.contains("no silence in force") } }.met)
        let again = try BuiltBinary.run(["alerts", "unsilence", String(id), "--store", store])
        #expect(again.status == 2 && again.stderr.contains("silence \(id) has already ended"), "\(again.stderr)")

        // One made from the shell is ended on the page with u.
        #expect(try BuiltBinary.run(["alerts", "silence", "standard/*", "--for", "1h", "--note", "defrost", "--store", store]).status == 0)
        #expect(try session.waitFor { $0.contains { $0.contains("standard/*") && $0.contains("defrost") } }.met)
        try session.send("u")
        #expect(try session.waitFor { $0.contains { $0.contains("ended the silence of standard/*") } }.met)
        #expect(try json(["alerts", "silences", "--json", "--store", store]).isEmpty)
        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)

        let made = try audit(["--store", store], action: "silence")
        let unmade = try audit(["--store", store], action: "unsilence")
        #expect(made.map { $0["subject"] as? String } == [ExcursionFixture.subject, "standard/*"])
        #expect(unmade.map { $0["subject"] as? String } == [ExcursionFixture.subject, "standard/*"])
        #expect(unmade.allSatisfy { $0["user"] as? String == ExcursionFixture.osUser })
        #expect((unmade.first?["detail"] as? String)?.hasPrefix("silence \(id) by \(ExcursionFixture.osUser)") == true)
        let printed = try BuiltBinary.run(["audit", "--store", store]).stdout
        #expect(printed.contains("unsilence"), "\(printed)")
    }

    @Test func anAcknowledgementIsUndoneAndAudited() throws {
        let store = dir.file("s.sqlite")
        #expect(try BuiltBinary.run(["ingest", "--store", store, ExcursionFixture.file(in: dir)]).status == 0)
        let id = try #require(try json(["alerts", "--store", store, "--json"]).first?["id"] as? Int)
        #expect(try BuiltBinary.run(["alerts", "ack", String(id), "--note", "on it", "--store", store]).status == 0)
        let undone = try BuiltBinary.run(["alerts", "unack", String(id), "--store", store])
        #expect(undone.status == 0, "\(undone.stderr)")
        let alert = try #require(try json(["alerts", "--store", store, "--json"]).first)
        #expect(alert["state"] as? String == "firing")
        #expect(alert["acked_by"] is NSNull)
        let row = try #require(try audit(["--store", store], action: "unacknowledge").first)
        #expect(row["subject"] as? String == "alert/\(id)")
        #expect(row["detail"] as? String == "was acknowledged by \(ExcursionFixture.osUser): on it")
        let twice = try BuiltBinary.run(["alerts", "unack", String(id), "--store", store])
        #expect(twice.status == 2 && twice.stderr.contains("only an acknowledged alert can be un-acknowledged"), "\(twice.stderr)")
    }

    @Test func throughTheServerWithRoleChecks() throws {
        let served = try ServeProcessTests.Served()
        defer { served.process.terminate(); served.process.waitUntilExit() }
        let server = ["--server", served.socket]
        #expect(try BuiltBinary.run(["alerts", "silence", "沪A*", "--for", "2h"] + server).status == 0)
        let listed = try json(["alerts", "silences", "--json"] + server)
        let id = try #require(listed.first { $0["target"] as? String == "沪A*" }?["id"] as? Int)
        // A frontline viewer, who may not silence broadly, may not end a broad silence either; the refusal is audited.
        let refused = try served.asViewer(["alerts", "unsilence", String(id)] + server)
        #expect(refused.status == 2 && refused.stderr.contains("may not"), "\(refused.stderr)")
        #expect(try json(["alerts", "silences", "--json"] + server).count == listed.count)
        let ended = try BuiltBinary.run(["alerts", "unsilence", String(id)] + server)
        #expect(ended.status == 0, "\(ended.stderr)")
        #expect(try json(["alerts", "silences", "--json"] + server).count == listed.count - 1)
        let open = try json(["alerts", "--json"] + server)
        let alert = try #require(open.first { $0["state"] as? String == "firing" }, "\(open)")
        let alertID = try #require(alert["id"] as? Int)
        #expect(try BuiltBinary.run(["alerts", "ack", String(alertID)] + server).status == 0)
        #expect(try BuiltBinary.run(["alerts", "unack", String(alertID)] + server).status == 0)
        let trail = try json(["audit", "--json"] + server)
        #expect(trail.contains { $0["action"] as? String == "unsilence" && $0["subject"] as? String == "沪A*" })
        #expect(trail.contains { $0["action"] as? String == "unacknowledge" && $0["subject"] as? String == "alert/\(alertID)" })
        #expect(trail.contains { $0["action"] as? String == "refused" && $0["subject"] as? String == "silence/\(id)" })
    }
}
