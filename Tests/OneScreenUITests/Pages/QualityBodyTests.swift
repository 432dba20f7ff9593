import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

/// The quality page's metric table: it scrolls with the selection and, when narrow, leaves out the least needed
/// columns before it cuts a name.
struct QualityBodyTests {
    /// 48 series: a door among the temperatures, names long enough to be cut.
    static let metrics: [MetricStatus] = (1...48).map { index in
        let door = index == 7
        return MetricStatus(
            metric: door ? "cold.door" : "cold.temp", name: door ? "冷链车门持续开启" : "冷藏车厢温度\(index)号", stage: .transport,
            site: "沪A·冷链\(index)号车（华东干线）", unit: door ? "0/1" : "℃", value: door ? 1 : 3.5, min: door ? nil : 0,
            max: door ? 0 : 4, hourly: (0..<24).map { Double($0 % 4) }, compliance: .init(inside: 40, total: 48))
    }

    static func lines(_ navigation: Navigation, width: Int, height: Int, language: Language = .en) -> [String] {
        let snapshot = PageFixture.snapshot(.quality(QualitySnapshot(metrics: metrics, lots: [])))
        return PageView(snapshot: snapshot, navigation: navigation, language: language, role: "ops")
            .screen(width: width, height: height, glyphs: .unicode).lines()
    }

    static func metricsAt(_ selection: Int) -> Navigation {
        var navigation = Navigation(page: .quality)
        navigation.list = QualityBody.metricList
        navigation.selection = selection
        return navigation
    }

    @Test("the selection moves through every metric, the table follows it and the border says where it is",
          arguments: Language.allCases)
    func scrolls(language: Language) {
        let lines = Self.lines(Self.metricsAt(30), width: 80, height: 24, language: language)
        #expect(lines[1].contains(" 31/48 "), "\(lines[1])")
        #expect(lines.contains { $0.contains("冷藏车厢温度31号") })
        #expect(!lines.contains { $0.contains("冷藏车厢温度1号") })
        // With the selection in the lots, the border shows the count alone.
        #expect(Self.lines(Navigation(page: .quality), width: 80, height: 24, language: language)[1].contains(" 48 "))
        let ids = PageView.rowIDs(of: PageFixture.snapshot(.quality(QualitySnapshot(metrics: Self.metrics, lots: []))),
                                  navigation: Self.metricsAt(0), language: language)
        #expect(ids.count == 48)
    }

    @Test("when narrow the sparkline gives way first and names keep their width; wide, the sparkline is back")
    func degrades() {
        // English column titles are wider: at 80 the sparkline has already gone.
        for (language, width, sparkline) in [(Language.en, 80, false), (.zh, 80, true), (.en, 60, false), (.zh, 60, false)] {
            let lines = Self.lines(Self.metricsAt(0), width: width, height: 24, language: language)
            let row = lines.first { $0.contains("冷藏车厢温度1号") } ?? ""
            #expect(row.contains("0–4℃") && row.contains("83.3%") && row.contains("沪A·冷链"), "\(row)")
            #expect(row.contains("▁▃▆█") == sparkline, "\(row)")
            for line in lines { #expect(TerminalColumns.width(of: line) == width, "\(line)") }
        }
        #expect(Self.lines(Self.metricsAt(0), width: 80, height: 24, language: .en).contains { $0.contains("沪A·冷链1号车") })
        let wide = Self.lines(Self.metricsAt(0), width: 120, height: 40)
        #expect(wide.first { $0.contains("冷藏车厢温度1号") }?.contains("▁▃▆█") == true)
    }

    @Test("a door reads open or closed against its band, not 10/1 ≤00/1")
    func door() {
        for (language, open, closed) in [(Language.zh, "开", "关"), (.en, "open", "closed")] {
            let lines = Self.lines(Self.metricsAt(6), width: 120, height: 40, language: language)
            let row = lines.first { $0.contains("冷链车门持续开启") } ?? ""
            #expect(row.contains(open) && row.contains(closed) && !row.contains("0/1"), "\(row)")
        }
    }
}
