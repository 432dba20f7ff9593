import Foundation
import OneScreenTestSupport
import Testing

/// A list's sort under tmux: `>` moves it to another column with the arrow in the heading, `I` turns it round, and
/// the choice is there again after quitting and starting again (kept in the XDG state directory).
@Suite(.serialized) struct SortMemoryTerminalTests {
    let dir = TemporaryDirectory("sort-memory")

    func dashboard(_ store: String, state: String) throws -> TmuxSession {
        let session = try TmuxSession(command: "\(BuiltBinary.path) --store \(store) --refresh 0.5 --lang en; echo EXIT=$?",
                                      width: 120, height: 30, environment: ["XDG_STATE_HOME": state])
        #expect(try session.waitFor { ($0.first ?? "").contains("Overview") }.met)
        try session.send("3")
        #expect(try session.waitFor { ($0.first ?? "").contains("Customers") }.met)
        return session
    }

    func heading(_ screen: [String]) -> String { screen.first { $0.contains("segment") && $0.contains("orders") } ?? "" }

    func quit(_ session: TmuxSession) throws {
        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }

    @Test func aSortChosenOnAListIsKeptBetweenRuns() throws {
        let store = try PageStoreFixture.make(in: dir)
        let state = dir.file("state")
        let first = try dashboard(store, state: state)
        #expect(try first.waitFor { heading($0).contains("LTV▼") }.met, "most valuable first by default")
        // LTV is the last column: > wraps to the first, the id; I turns it round.
        try first.send(">")
        #expect(try first.waitFor { heading($0).contains("id▲") && !heading($0).contains("LTV▼") }.met)
        try first.send("I")
        let reversed = try first.waitFor { heading($0).contains("id▼") }
        #expect(reversed.met, "\(reversed.screen.joined(separator: "\n"))")
        // C2 before C1 now, as the arrow says.
        let rows = reversed.screen.filter { $0.contains("│C1 ") || $0.contains("│C2 ") }
        #expect(rows.first?.contains("C2") == true, "\(rows)")
        try quit(first)
        let saved = try String(contentsOfFile: state + "/onescreen/sorts.json", encoding: .utf8)
        #expect(saved.contains("customers") && saved.contains("\"id\""), "\(saved)")

        let second = try dashboard(store, state: state)
        let again = try second.waitFor { heading($0).contains("id▼") }
        #expect(again.met, "\(again.screen.joined(separator: "\n"))")
        try quit(second)
    }
}
