import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

struct PageViewTests {
    static let sizes = [(60, 16), (80, 24), (120, 40), (200, 60)]

    static func lines(_ index: Int, _ width: Int, _ height: Int, _ language: Language, help: Bool = false) -> [String] {
        let page = PageFixture.pages[index]
        var navigation = page.navigation
        navigation.showsHelp = help
        return PageView(snapshot: page.snapshot, navigation: navigation, language: language, role: "executive")
            .screen(width: width, height: height, glyphs: .unicode).lines()
    }

    @Test("every page and drill-down, at 60x16, 80x24, 120x40 and 200x60 in zh and en, is exactly W columns by wcwidth",
          arguments: PageFixture.pages.indices, Language.allCases)
    func lineWidths(index: Int, language: Language) {
        for (width, height) in Self.sizes {
            for help in [false, true] {
                let lines = Self.lines(index, width, height, language, help: help)
                #expect(lines.count == height)
                for line in lines {
                    #expect(TerminalColumns.width(of: line) == width, "\(PageFixture.pages[index].name) \(width)x\(height): \(line)")
                }
            }
        }
    }

    @Test("the header says where you are", arguments: Language.allCases)
    func breadcrumbs(language: Language) {
        let strings = Strings(language)
        let expected = [
            "lot": strings.breadcrumb([strings.quality, strings.lot("L20261117-008")]),
            "customer": strings.breadcrumb([strings.customers, strings.customer("厦门科技园食堂")]),
            "contract": strings.breadcrumb([strings.contracts, strings.contract("C-2026-0008")]),
            "marketing": strings.page(.marketing),
            "alert": strings.breadcrumb([strings.alerts, strings.alert(13)]),
        ]
        for (index, page) in PageFixture.pages.enumerated() {
            guard let crumb = expected[page.name] else { continue }
            #expect(Self.lines(index, 120, 40, language)[0].contains(crumb), "\(page.name)")
        }
    }

    @Test("drill-downs show their chain: a breached stay, an unapproved seal, an overdue milestone, next best actions")
    func details() {
        let text = { (name: String) in
            Self.lines(PageFixture.pages.firstIndex { $0.name == name }!, 120, 40, .zh).joined(separator: "\n")
        }
        #expect(text("lot").contains("超标1"))
        #expect(text("lot").contains("70.0%"))
        #expect(text("lot").contains("整批冻结待处置"))
        #expect(text("contract").contains("未审批"))
        #expect(text("contract").contains("逾期"))
        #expect(text("customer").contains("推荐 冷冻调理品"))
        #expect(text("customer").contains("组合销售") && text("customer").contains("重要价值客户 R5/F5/M5"))
        #expect(text("customer").contains("像您一样的客户"))
    }

    @Test("the filter narrows the list and the row ids follow it")
    func filter() {
        let page = PageFixture.pages.first { $0.name == "customers" }!
        var navigation = page.navigation
        navigation.filter = "合肥"
        #expect(PageView.rowIDs(of: page.snapshot, navigation: navigation, language: .zh) == ["C10171"])
    }
}
