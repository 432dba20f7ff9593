import OneScreenCore
import Testing
@testable import OneScreenUI

struct NavigationTests {
    @Test("digits and Tab switch pages; Shift-Tab wraps back")
    func pages() {
        var navigation = Navigation()
        navigation.handle(.character("3"), rowIDs: [])
        #expect(navigation.page == .customers)
        navigation.handle(.tab, rowIDs: [])
        #expect(navigation.page == .contracts)
        navigation = Navigation()
        navigation.handle(.backTab, rowIDs: [])
        #expect(navigation.page == .sources)
        #expect(navigation.request == .sources)
    }

    @Test("a lot is reached with 2, a filter and Enter, and left with Esc")
    func drillDown() {
        var navigation = Navigation()
        navigation.handle(.character("2"), rowIDs: [])
        navigation.handle(.character("/"), rowIDs: ["L1", "L2"])
        for character in "L2" { navigation.handle(.character(character), rowIDs: ["L1", "L2"]) }
        #expect(navigation.capturesText)
        navigation.handle(.enter, rowIDs: ["L1", "L2"])
        #expect(navigation.filter == "L2")
        navigation.handle(.enter, rowIDs: ["L2"])
        #expect(navigation.request == .lot("L2"))
        navigation.handle(.escape, rowIDs: [])
        #expect(navigation.request == .quality)
        navigation.handle(.escape, rowIDs: ["L1", "L2"])
        #expect(navigation.filter.isEmpty)
        let handled = navigation.handle(.escape, rowIDs: [])
        #expect(!handled)
    }

    @Test("j/k and arrows move within the rows; Esc cancels a typed filter")
    func moves() {
        var navigation = Navigation(page: .customers)
        let rows = ["a", "b", "c"]
        for key in [Key.down, .character("j"), .down, .down] { navigation.handle(key, rowIDs: rows) }
        #expect(navigation.selection == 2)
        navigation.handle(.character("k"), rowIDs: rows)
        #expect(navigation.selection == 1)
        navigation.handle(.character("/"), rowIDs: rows)
        navigation.handle(.character("q"), rowIDs: rows)
        navigation.handle(.escape, rowIDs: rows)
        #expect(navigation.filter.isEmpty && !navigation.capturesText)
        let sorting = ListSorting(list: .customers, columns: ["name", "ltv"], descendingFirst: ["ltv"],
                                  standard: SortChoice(column: "ltv", descending: true))
        navigation.handle(.character(">"), rowIDs: rows, sorting: sorting)
        #expect(navigation.sorts[.customers] == SortChoice(column: "name", descending: false) && navigation.selection == 0)
        navigation.handle(.character("I"), rowIDs: rows, sorting: sorting)
        #expect(navigation.sorts[.customers] == SortChoice(column: "name", descending: true))
        navigation.handle(.character("<"), rowIDs: rows, sorting: sorting)
        #expect(navigation.sorts[.customers] == SortChoice(column: "ltv", descending: true))
        // The sort is kept while the dashboard goes to other pages and back.
        navigation.handle(.character("1"), rowIDs: rows)
        navigation.handle(.character("3"), rowIDs: rows)
        #expect(navigation.sorts[.customers] == SortChoice(column: "ltv", descending: true))
    }

    @Test("? opens the help and any key closes it")
    func help() {
        var navigation = Navigation()
        navigation.handle(.character("?"), rowIDs: [])
        #expect(navigation.showsHelp)
        navigation.handle(.character("3"), rowIDs: [])
        #expect(!navigation.showsHelp && navigation.page == .overview)
    }
}
