import Foundation
import OneScreenTestSupport
import Testing

/// The mouse under tmux, through ncurses' own decoding of the terminal's click reports: a click selects an overview
/// pane or a list row, a second click on it opens it.
@Suite struct MouseTerminalTests {
    let dir = TemporaryDirectory("mouse")

    func header(_ screen: [String]) -> String { screen.first ?? "" }

    @Test func clicksSelectThenOpenAPaneAndARow() throws {
        let store = try PageStoreFixture.make(in: dir)
        let session = try TmuxSession(
            command: "\(BuiltBinary.path) --store \(store) --refresh 0.5 --lang en; echo EXIT=$?", width: 120, height: 40)
        let overview = try session.waitFor { header($0).contains("Overview") && $0.contains { $0.contains("─ Customers ") } }
        #expect(overview.met, "\(overview.screen.joined(separator: "\n"))")
        let pane = try #require(TerminalColumns.position(of: "─ Customers ", in: overview.screen))
        // Inside the pane, below its title: the first click only selects. Focus shows only in the border's colour, so
        // the styled title row changing proves the click arrived before the header is read.
        let unfocused = try session.capture(styled: true)[pane.y]
        try session.click(x: pane.x + 4, y: pane.y + 3)
        let selected = try session.waitFor(styled: true) { $0.count > pane.y && $0[pane.y] != unfocused }
        #expect(selected.met, "the click never focused the pane")
        #expect(try header(session.capture()).contains("Overview"), "one click selects, it does not open")
        try session.click(x: pane.x + 4, y: pane.y + 3)
        let customers = try session.waitFor { header($0).contains("Customers") && $0.contains { $0.contains("沪联超市") } }
        #expect(customers.met, "\(customers.screen.joined(separator: "\n"))")

        // The same for a row: its highlight is style only.
        let row = try #require(TerminalColumns.position(of: "金鼎餐饮", in: customers.screen))
        let plain = try session.capture(styled: true)[row.y]
        try session.click(x: row.x, y: row.y)
        let highlighted = try session.waitFor(styled: true) { $0.count > row.y && $0[row.y] != plain }
        #expect(highlighted.met, "the click never selected the row")
        #expect(try !header(session.capture()).contains("›"), "one click selects the row")
        try session.click(x: row.x, y: row.y)
        let opened = try session.waitFor { header($0).contains("Customers › customer 金鼎餐饮") }
        #expect(opened.met, "\(opened.screen.joined(separator: "\n"))")
        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }
}
