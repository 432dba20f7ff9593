import OneScreenCore
import Testing
@testable import OneScreenUI

/// Mouse clicks: the first selects, a second on the same thing opens it as Enter would.
struct NavigationClickTests {
    @Test("a pane of the overview is selected by a click and opened by a second one")
    func panes() {
        var navigation = Navigation()
        let panes = OverviewPage.panes.map(\.rawValue)
        let clicked = navigation.click(.pane(.contracts), rowIDs: panes)
        #expect(clicked)
        #expect(navigation.page == .overview && navigation.selection == 2)
        navigation.click(.pane(.contracts), rowIDs: panes)
        #expect(navigation.page == .contracts && navigation.request == .contracts && navigation.selection == 0)
    }

    @Test("on the overview ↑ ↓ move between the panes and Enter opens the selected one")
    func paneKeys() {
        var navigation = Navigation()
        let panes = OverviewPage.panes.map(\.rawValue)
        navigation.handle(.down, rowIDs: panes)
        navigation.handle(.enter, rowIDs: panes)
        #expect(navigation.page == .customers)
    }

    @Test("a row is selected by a click and opened by a second; a click on nothing does nothing")
    func rows() {
        var navigation = Navigation(page: .customers)
        let rows = ["C1", "C2", "C3"]
        let clicked = navigation.click(.row(list: 0, index: 2), rowIDs: rows)
        #expect(clicked)
        #expect(navigation.selection == 2 && navigation.detail == nil)
        navigation.click(.row(list: 0, index: 2), rowIDs: rows)
        #expect(navigation.request == .customer("C3"))
        var untouched = Navigation(page: .customers)
        let ignored = untouched.click(nil, rowIDs: rows)
        #expect(!ignored)
        #expect(untouched == Navigation(page: .customers))
    }

    @Test("a click while a filter is typed is ignored")
    func typing() {
        var navigation = Navigation(page: .customers)
        navigation.handle(.character("/"), rowIDs: ["a"])
        let clicked = navigation.click(.row(list: 0, index: 0), rowIDs: ["a"])
        #expect(!clicked)
        #expect(navigation.capturesText && navigation.selection == 0)
    }

    @Test("on the quality page a metric row moves the selection into the metrics, where a second click opens its series")
    func qualityLists() {
        var navigation = Navigation(page: .quality)
        let metrics = ["s/m1", "s/m2"]
        navigation.click(.row(list: QualityBody.metricList, index: 1), rowIDs: ["L1"])
        #expect(navigation.list == QualityBody.metricList && navigation.selection == 1)
        navigation.click(.row(list: QualityBody.metricList, index: 1), rowIDs: metrics)
        #expect(navigation.request == .series(SeriesRequest(site: "s", metric: "m2")))
        navigation.handle(.escape, rowIDs: [])
        #expect(navigation.request == .quality && navigation.selection == 1)
        // ← → go back to the lots, at their first row, where Enter opens the lot.
        navigation.handle(.left, rowIDs: metrics)
        #expect(navigation.list == QualityBody.lotList && navigation.selection == 0)
        navigation.handle(.enter, rowIDs: ["L1"])
        #expect(navigation.request == .lot("L1"))
        // The customers' ← → still sort.
        var customers = Navigation(page: .customers)
        customers.handle(.right, rowIDs: [], sortCount: 3)
        #expect(customers.sort == 1 && customers.list == 0)
    }
}
