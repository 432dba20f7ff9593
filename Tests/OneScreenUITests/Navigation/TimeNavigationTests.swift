import OneScreenCore
import Testing
@testable import OneScreenUI

/// The time keys: a series opened from a metric, a lot's reading or an alert; ranges from 1h to 1y; panning by half a
/// range and back to live; the range kept across pages.
@Suite("Time navigation")
struct TimeNavigationTests {
    @Test("Enter on a metric opens its series; [ ] + - change the range; ← → pan and 0 goes back to now; Esc closes it")
    func seriesKeys() {
        var navigation = Navigation(page: .quality)
        navigation.list = QualityBody.metricList
        let metrics = ["沪A·冷链06/cold.temp", "s/m2"]
        navigation.handle(.enter, rowIDs: metrics)
        #expect(navigation.request == .series(SeriesRequest(site: "沪A·冷链06", metric: "cold.temp", range: .day)))
        navigation.handle(.character("]"), rowIDs: [])
        navigation.handle(.character("+"), rowIDs: [])
        #expect(navigation.range == .month)
        navigation.handle(.character("["), rowIDs: [])
        #expect(navigation.range == .week)
        navigation.handle(.left, rowIDs: [])
        navigation.handle(.character("h"), rowIDs: [])
        #expect(navigation.shift == TimeRange.week.millis)
        navigation.handle(.right, rowIDs: [])
        #expect(navigation.shift == TimeRange.week.panMillis)
        navigation.handle(.right, rowIDs: [])
        navigation.handle(.right, rowIDs: [])
        #expect(navigation.shift == 0, "never panned into the future")
        navigation.handle(.left, rowIDs: [])
        navigation.handle(.character("0"), rowIDs: [])
        #expect(navigation.shift == 0)
        for _ in 0..<10 { navigation.handle(.character("-"), rowIDs: []) }
        #expect(navigation.range == .hour)
        // The list under the series keeps its selection: moving and filtering do nothing on the series page.
        navigation.handle(.down, rowIDs: [])
        navigation.handle(.character("/"), rowIDs: [])
        #expect(navigation.editingFilter == nil && navigation.selection == 0)
        navigation.handle(.escape, rowIDs: [])
        #expect(navigation.request == .quality && navigation.list == QualityBody.metricList)
        // The range stays for the next page.
        navigation.handle(.character("1"), rowIDs: [])
        #expect(navigation.page == .overview && navigation.range == .hour && navigation.showsRange)
    }

    @Test("a lot's reading row and an alert about a reading open their series")
    func otherWaysIn() {
        var lot = Navigation(page: .quality, detail: "L1")
        lot.handle(.down, rowIDs: ["s/a", "s/a", "s/b"])
        lot.handle(.enter, rowIDs: ["s/a", "s/a", "s/b"])
        #expect(lot.request == .series(SeriesRequest(site: "s", metric: "a")))
        lot.handle(.backspace, rowIDs: [])
        #expect(lot.request == .lot("L1"))
        var alert = Navigation(page: .alerts, detail: "7")
        alert.handle(.enter, rowIDs: ["沪A·冷链06/cold.temp"])
        #expect(alert.request == .series(SeriesRequest(site: "沪A·冷链06", metric: "cold.temp")))
        // An alert about no reading (a contract) has no series to open.
        var contract = Navigation(page: .alerts, detail: "8")
        contract.handle(.enter, rowIDs: [])
        #expect(contract.request == .alert(8))
    }
}
