import OneScreenTestSupport
import Testing

/// From the overview to a lot's trace, a customer's 360 and a contract's chain under tmux, each in at most four keys
/// (a `/` filter counts as one), and back with Esc.
@Suite(.serialized) struct PageNavigationTerminalTests {
    let dir = TemporaryDirectory("page-navigation")

    func header(_ screen: [String]) -> String { screen.first ?? "" }

    /// Sends the page key, a filter for `id` and Enter: three keys by the issue's count.
    func open(_ session: TmuxSession, page: String, id: String) throws {
        try session.send(page)
        try session.send("/" + id)
        try session.key("Enter")
        try session.key("Enter")
    }

    @Test func reachesEachDetailInFourKeysAndLeavesWithEscape() throws {
        let store = try PageStoreFixture.make(in: dir)
        let session = try TmuxSession(
            command: "\(BuiltBinary.path) --store \(store) --refresh 0.5 --lang en; echo EXIT=$?", width: 120, height: 40)
        #expect(try session.waitFor { header($0).contains("Overview") }.met)

        for (page, id, crumb, back) in [
            ("2", PageStoreFixture.lot, "Quality › lot \(PageStoreFixture.lot)", "Quality"),
            ("3", PageStoreFixture.customer, "Customers › customer 金鼎餐饮", "Customers"),
            ("4", PageStoreFixture.contract, "Contracts › contract \(PageStoreFixture.contract)", "Contracts"),
        ] {
            try open(session, page: page, id: id)
            let shown = try session.waitFor { header($0).contains(crumb) }
            #expect(shown.met, "\(crumb):\n\(shown.screen.joined(separator: "\n"))")
            try session.key("Escape")
            let left = try session.waitFor { header($0).contains(back) && !header($0).contains("›") }
            #expect(left.met, "\(back):\n\(left.screen.joined(separator: "\n"))")
            try session.key("Escape")
        }
        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }

    /// `:` from the overview opens a contract by its id; Enter on its link opens the counterparty's 360; Esc walks back.
    @Test func theJumpBarAndTheCrossLinksGoThereAndBack() throws {
        let store = try PageStoreFixture.make(in: dir)
        let session = try TmuxSession(
            command: "\(BuiltBinary.path) --store \(store) --refresh 0.5 --lang en; echo EXIT=$?", width: 120, height: 40)
        #expect(try session.waitFor { header($0).contains("Overview") }.met)
        try session.send(":")
        #expect(try session.waitFor { $0.contains { $0.contains("Go to") } }.met)
        try session.send(PageStoreFixture.contract)
        // The completion names it before Enter.
        #expect(try session.waitFor { $0.contains { $0.contains("contract \(PageStoreFixture.contract)") && $0.contains("冷链配送框架合同") } }.met)
        try session.key("Enter")
        let chain = try session.waitFor { header($0).contains("Contracts › contract \(PageStoreFixture.contract)") }
        #expect(chain.met, "\(chain.screen.joined(separator: "\n"))")
        #expect(chain.screen.contains { $0.contains("counterparty's 360") && $0.contains("C3") })
        try session.key("Enter")
        let customer = try session.waitFor { header($0).contains("Customers › customer 沪联物流") }
        #expect(customer.met, "\(customer.screen.joined(separator: "\n"))")
        try session.key("Escape")
        #expect(try session.waitFor { header($0).contains("Contracts › contract \(PageStoreFixture.contract)") }.met)
        try session.key("Escape")
        #expect(try session.waitFor { header($0).contains("Overview") }.met)
        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }
}
