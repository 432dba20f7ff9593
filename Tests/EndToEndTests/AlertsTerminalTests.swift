import Foundation
import OneScreenTestSupport
import Testing

/// The Alerts page of a running dashboard under tmux, with a second process acting on the same store: an
/// acknowledgement from the CLI shows within one refresh, and one made on the page lands in the store and the audit
/// trail as the CLI's would.
@Suite(.serialized) struct AlertsTerminalTests {
    let dir = TemporaryDirectory("alerts-terminal")
    /// The dashboard's refresh in these tests.
    static let refresh = 1.0
    /// What "within one refresh" allows for: the loop's input wait, a paint and tmux's own redraw.
    static let margin = 1.0

    /// A store with one firing alert, and that alert's id.
    func storeWithFiringAlert() throws -> (store: String, id: Int) {
        let store = dir.file("alerts.sqlite")
        let ingest = try BuiltBinary.run(["ingest", "--store", store, ExcursionFixture.file(in: dir)])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let alerts = try json(["alerts", "--store", store, "--json"])
        #expect(alerts.count == 1 && alerts.first?["state"] as? String == "firing")
        return (store, try #require(alerts.first?["id"] as? Int))
    }

    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try BuiltBinary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    /// The dashboard on `store`, on the Alerts page with the alert's row shown.
    func alertsPage(_ store: String, extra: String = "") throws -> TmuxSession {
        let session = try TmuxSession(
            command: "\(BuiltBinary.path) --store \(store) --refresh \(Self.refresh) --lang en \(extra); echo EXIT=$?", width: 120, height: 30)
        #expect(try session.waitFor { ($0.first ?? "").contains("Overview") }.met)
        try session.send("6")
        let shown = try session.waitFor { self.row($0) != nil }
        #expect(shown.met, "\(shown.screen.joined(separator: "\n"))")
        return session
    }

    /// The alert's row on the Alerts page.
    func row(_ screen: [String]) -> String? { screen.first { $0.contains(ExcursionFixture.rule) && $0.contains("L3") } }

    func acknowledgedOnScreen(_ screen: [String]) -> Bool {
        row(screen).map { $0.contains("acked") && $0.contains("✓") } ?? false
    }

    func quit(_ session: TmuxSession) throws {
        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }

    @Test func anAcknowledgementFromTheCLIShowsWithinOneRefreshAndIsAudited() throws {
        let (store, id) = try storeWithFiringAlert()
        let session = try alertsPage(store)
        #expect(!acknowledgedOnScreen(try session.capture()))

        let note = "司机已关门，复检中"
        let ack = try BuiltBinary.run(["alerts", "ack", String(id), "--note", note, "--store", store])
        #expect(ack.status == 0, "\(ack.stderr)")
        // The acknowledgement is committed when the CLI exits: from here the dashboard has one refresh.
        let committed = Date()
        let shown = try session.waitFor(timeout: 10) { acknowledgedOnScreen($0) }
        let latency = Date().timeIntervalSince(committed)
        #expect(shown.met, "\(shown.screen.joined(separator: "\n"))")
        #expect(latency <= Self.refresh + Self.margin, "shown \(latency) s after the CLI's commit")
        print("CLI acknowledgement on screen after \(String(format: "%.2f", latency)) s (refresh \(Self.refresh) s)")

        let audit = try json(["audit", "--json", "--store", store])
        let row = try #require(audit.first { $0["action"] as? String == "acknowledge" })
        #expect(row["subject"] as? String == "alert/\(id)")
        #expect(row["user"] as? String == ExcursionFixture.osUser)
        #expect(row["role"] as? String == "executive")
        #expect(row["detail"] as? String == note)
        let at = try #require((row["at"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) })
        #expect(abs(at.timeIntervalSinceNow) < 60)
        try quit(session)
    }

    @Test func anAcknowledgementOnThePageWithAChineseNoteIsStoredAndAuditedAsTheOSUser() throws {
        let (store, id) = try storeWithFiringAlert()
        let session = try alertsPage(store)
        try session.send("a")
        #expect(try session.waitFor { $0.contains { $0.contains("Acknowledge alert #\(id), note (optional):") } }.met)
        let note = "司机已关门 door shut"
        try session.send(note)
        #expect(try session.waitFor { $0.contains { $0.contains(note) } }.met)
        try session.key("Enter")
        let shown = try session.waitFor { screen in acknowledgedOnScreen(screen) && screen.last { !$0.isEmpty }?.contains("acknowledged alert #\(id)") == true }
        #expect(shown.met, "\(shown.screen.joined(separator: "\n"))")

        let alert = try #require(try json(["alerts", "--json", "--store", store]).first)
        #expect(alert["state"] as? String == "acknowledged")
        #expect(alert["acked_by"] as? String == ExcursionFixture.osUser)
        #expect(alert["ack_note"] as? String == note)
        let audit = try json(["audit", "--json", "--store", store]).filter { $0["action"] as? String == "acknowledge" }
        #expect(audit.count == 1)
        #expect(audit.first?["subject"] as? String == "alert/\(id)")
        #expect(audit.first?["user"] as? String == ExcursionFixture.osUser)
        #expect(audit.first?["detail"] as? String == note)
        #expect(audit.first?["role"] as? String == "executive")

        // Silencing its subject from the page, with the default two hours, is audited too.
        try session.send("s")
        #expect(try session.waitFor { $0.contains { $0.contains("Silence subject \(ExcursionFixture.subject) for: 2h") } }.met)
        try session.key("Enter")
        #expect(try session.waitFor { $0.contains { $0.contains("silenced \(ExcursionFixture.subject) until") } }.met)
        let silences = try json(["audit", "--json", "--store", store]).filter { $0["action"] as? String == "silence" }
        #expect(silences.map { $0["subject"] as? String } == [ExcursionFixture.subject])
        try quit(session)
    }

    @Test func aKioskRoleIsToldItMayNotAcknowledge() throws {
        let (store, _) = try storeWithFiringAlert()
        let session = try alertsPage(store, extra: "--role kiosk")
        try session.send("a")
        #expect(try session.waitFor { $0.contains { $0.contains("role kiosk may not acknowledge or silence alerts") } }.met)
        #expect(try !session.capture().contains { $0.contains("note (optional)") })
        try quit(session)
        #expect(try json(["alerts", "--json", "--store", store]).first?["state"] as? String == "firing")
        #expect(try json(["audit", "--json", "--store", store]).filter { $0["action"] as? String == "acknowledge" }.isEmpty)
    }

    @Test func aSilenceTypedOnThePromptReplacesTheSuggestedTwoHours() throws {
        let (store, _) = try storeWithFiringAlert()
        let session = try alertsPage(store)
        try session.send("s")
        #expect(try session.waitFor { $0.contains { $0.contains("Silence subject") && $0.contains("2h") } }.met)
        try session.send("30m")
        #expect(try session.waitFor { $0.contains { $0.contains("Silence subject") && $0.contains("30m") && !$0.contains("2h30m") } }.met)
        try session.key("Enter")
        let started = Date()
        let shown = try session.waitFor { $0.contains { $0.contains("silenced") && $0.contains("until") } }
        #expect(shown.met, "\(shown.screen.joined(separator: "\n"))")
        let audit = try json(["audit", "--json", "--store", store])
        let row = try #require(audit.first { $0["action"] as? String == "silence" })
        let until = try #require((row["detail"] as? String).flatMap { $0.split(separator: " ").last }.flatMap { ISO8601DateFormatter().date(from: String($0)) })
        let minutes = until.timeIntervalSince(started) / 60
        #expect(minutes > 28 && minutes <= 30.5, "silenced for \(minutes) minutes")
        try quit(session)
    }
}
