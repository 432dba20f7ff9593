import OneScreenTestSupport
import Testing

/// From the overview to a lot's trace, a customer's 360 and a contract's chain under tmux, each in at most four keys
/// (a `/` filter counts as one), and back with Esc.
@Suite(.serialized) struct PageNavigationTerminalTests {
    let dir = TemporaryDirectory("page-navigation")

    func header(_ screen: [String]) -> String { screen.first ?? "" }

    /// Sends the page key, a filter for `id` and Enter: three keys by the issue's count.
    func open(_ session: TmuxSession, page: String, id: String) {
        session.send(page)
        session.send("/" + id)
        session.key("Enter")
        session.key("Enter")
    }

    @Test func reachesEachDetailInFourKeysAndLeavesWithEscape() throws {
        let store = try PageStoreFixture.make(in: dir)
        let session = try TmuxSession(
            command: "\(BuiltBinary.path) --store \(store) --refresh 0.5 --lang en; echo EXIT=$?", width: 120, height: 40)
        #expect(session.waitFor { header($0).contains("Overview") }.met)

        for (page, id, crumb, back) in [
            ("2", PageStoreFixture.lot, "Quality › lot \(PageStoreFixture.lot)", "Quality"),
            ("3", PageStoreFixture.customer, "Customers › customer 金鼎餐饮", "Customers"),
            ("4", PageStoreFixture.contract, "Contracts › contract \(PageStoreFixture.contract)", "Contracts"),
        ] {
            open(session, page: page, id: id)
            let shown = session.waitFor { header($0).contains(crumb) }
            #expect(shown.met, "\(crumb):\n\(shown.screen.joined(separator: "\n"))")
            session.key("Escape")
            let left = session.waitFor { header($0).contains(back) && !header($0).contains("›") }
            #expect(left.met, "\(back):\n\(left.screen.joined(separator: "\n"))")
            session.key("Escape")
        }
        session.send("q")
        #expect(session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }
}
