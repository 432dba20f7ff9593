import OneScreenCore
import Testing
@testable import OneScreenUI

/// Search and sort on every list: several words that must all be found, marked where they show, the list following
/// what is typed; any column either way with an arrow in its heading, Chinese by pinyin; quality metrics worst first.
struct ListSortFilterTests {
    static func page(_ name: String) -> (navigation: Navigation, snapshot: PageSnapshot) {
        let page = PageFixture.pages.first { $0.name == name }!
        return (page.navigation, page.snapshot)
    }

    static func ids(_ name: String, _ change: (inout Navigation) -> Void) -> [String] {
        var (navigation, snapshot) = page(name)
        change(&navigation)
        return PageView.rowIDs(of: snapshot, navigation: navigation, language: .zh)
    }

    @Test("every word of the filter must be found, in any column")
    func severalWords() {
        #expect(Self.ids("customers") { $0.filter = "厦门 食堂" } == ["C10060"])
        #expect(Self.ids("customers") { $0.filter = "合肥 超市" } == ["C10171"])
        #expect(Self.ids("customers") { $0.filter = "厦门 超市" }.isEmpty)
        // The segment's full name counts though the column shows it short; case does not matter.
        #expect(Self.ids("customers") { $0.filter = "golden 一般发展客户" } == ["C20001"])
        #expect(Self.ids("contracts") { $0.filter = "C-2026 供货" } == ["C-2026-0008"])
        #expect(Self.ids("sources") { $0.filter = "iot jiaxing" }.count == 1)
        // Level words keep working on the Alerts page, with text beside them.
        let alerts = Self.ids("alerts") { $0.filter = "L3 冷链07" }
        #expect(!alerts.isEmpty && alerts.count < Self.ids("alerts") { _ in }.count)
    }

    @Test("the list follows the filter as it is typed, and the words found are marked")
    func asYouType() throws {
        var (navigation, snapshot) = Self.page("customers")
        for key in [Key.character("/"), .character("合"), .character("肥")] {
            navigation.handle(key, rowIDs: PageView.rowIDs(of: snapshot, navigation: navigation, language: .zh))
        }
        #expect(navigation.editingFilter == "合肥" && navigation.filter.isEmpty)
        #expect(PageView.rowIDs(of: snapshot, navigation: navigation, language: .zh) == ["C10171"])
        let screen = PageView(snapshot: snapshot, navigation: navigation, language: .zh, role: "executive")
            .screen(width: 120, height: 30, glyphs: .unicode)
        let row = try #require(screen.lines().firstIndex { $0.contains("合肥学府路店") })
        let x = try #require((0..<screen.width).first { screen[$0, row].symbol == "合" })
        #expect(screen[x, row].style.attributes.contains(.underline) && screen[x + 2, row].style.attributes.contains(.underline))
        #expect(!screen[x + 4, row].style.attributes.contains(.underline))
    }

    @Test("Chinese sorts by pinyin, numbers by value")
    func pinyin() {
        let names = ["张伟", "安徽", "北京", "重庆", "沪A·冷链06", "大润鲜"]
        let keys = PinyinOrder.keys(names)
        let sorted = names.indices.sorted { keys[$0] < keys[$1] }.map { names[$0] }
        #expect(sorted == ["安徽", "北京", "重庆", "大润鲜", "沪A·冷链06", "张伟"])
        let stores = ["门店10", "门店9", "门店100"]
        let storeKeys = PinyinOrder.keys(stores)
        #expect(stores.indices.sorted { storeKeys[$0] < storeKeys[$1] }.map { stores[$0] } == ["门店9", "门店10", "门店100"])
    }

    @Test("< > pick the column, I turns it round, and the heading shows the arrow")
    func sortKeys() throws {
        var (navigation, snapshot) = Self.page("customers")
        func sorting() -> ListSorting { PageView.sorting(of: snapshot, navigation: navigation, language: .zh)! }
        func ids() -> [String] { PageView.rowIDs(of: snapshot, navigation: navigation, language: .zh) }
        #expect(ids() == ["C10060", "C10171", "C20001"], "most valuable first")
        // From LTV, > wraps round to the first column, the id; < back to LTV, < again to spend.
        navigation.handle(.character(">"), rowIDs: ids(), sorting: sorting())
        #expect(navigation.sorts[.customers] == SortChoice(column: "id", descending: false))
        navigation.handle(.character(">"), rowIDs: ids(), sorting: sorting())
        #expect(navigation.sorts[.customers]?.column == "name")
        // By pinyin: 大 (da) before 厦 (sha), and Latin after Chinese as ICU's zh collation puts it.
        #expect(ids() == ["C10171", "C10060", "C20001"])
        navigation.handle(.character("I"), rowIDs: ids(), sorting: sorting())
        #expect(ids() == ["C20001", "C10060", "C10171"])
        let header = try #require(PageView(snapshot: snapshot, navigation: navigation, language: .zh, role: "executive")
            .screen(width: 120, height: 30, glyphs: .unicode).lines().first { $0.contains(Strings(.zh).idColumn) })
        #expect(header.contains(Strings(.zh).nameColumn + "▼"), "\(header)")
        #expect(!header.contains("LTV▼"))
    }

    @Test("quality metrics come worst compliance first, and every list sorts")
    func defaults() {
        let quality = QualitySnapshot(metrics: [90, 40, 75].enumerated().map { index, inside in
            MetricStatus(metric: "m\(index)", name: "指标\(index)", stage: .transport, site: "沪A·冷链0\(index)", unit: "°C", value: 1,
                         min: 0, max: 4, hourly: [], compliance: .init(inside: inside, total: 100))
        }, lots: [])
        var navigation = Navigation(page: .quality)
        navigation.list = QualityBody.metricList
        #expect(PageView.rowIDs(of: PageFixture.snapshot(.quality(quality)), navigation: navigation, language: .en)
            == ["沪A·冷链01/m1", "沪A·冷链02/m2", "沪A·冷链00/m0"])
        for name in ["quality", "customers", "contracts", "alerts", "sources"] {
            let (navigation, snapshot) = Self.page(name)
            #expect((PageView.sorting(of: snapshot, navigation: navigation, language: .en)?.columns.count ?? 0) >= 4, "\(name)")
        }
    }
}
