import OneScreenCore
import Testing
@testable import OneScreenUI

/// Every table of every page and drill-down, at every size and in both languages: each heading is a word that names
/// what its column holds, and each cell under it holds that (see `ColumnCheck`).
struct PageHeadingTests {
    static let sizes = [(60, 16), (80, 24), (120, 40), (200, 60)]

    @Test("every heading names what its column holds", arguments: PageFixture.pages.indices, Language.allCases)
    func headings(index: Int, language: Language) {
        let page = PageFixture.pages[index]
        for (width, height) in Self.sizes {
            var screen = Screen(width: width, height: height)
            screen.recordTables()
            PageView(snapshot: page.snapshot, navigation: page.navigation, language: language, role: "executive")
                .render(in: screen.area, on: &screen, glyphs: .unicode)
            let tables = screen.tables ?? []
            if width >= 80, page.name != "marketing" { #expect(!tables.isEmpty, "\(page.name) \(width)x\(height) draws no table") }
            #expect(ColumnCheck.problems(tables, language: language) == [], "\(page.name) \(width)x\(height)")
        }
    }

    @Test("a date outside the current year shows its year; a deadline past beside its age", arguments: Language.allCases)
    func datesWithYears(language: Language) {
        let today = CalendarDay(year: 2026, month: 11, day: 23)!
        let format = DisplayFormat(language, today: today)
        #expect(format.date(CalendarDay(year: 2026, month: 12, day: 1)!) == (language == .zh ? "12月1日" : "Dec 1"))
        #expect(format.date(CalendarDay(year: 2027, month: 1, day: 5)!) == (language == .zh ? "2027年1月5日" : "Jan 5 2027"))
        #expect(format.date(CalendarDay(year: 2025, month: 12, day: 30)!) == (language == .zh ? "2025年12月30日" : "Dec 30 2025"))
        let contracts = PageFixture.pages.first { $0.name == "contracts" }!
        let text = PageView(snapshot: contracts.snapshot, navigation: contracts.navigation, language: language, role: "executive")
            .screen(width: 160, height: 40, glyphs: .unicode).text
        // Ahead this year: the day alone; past due on a running contract: its age beside it; next year: its year.
        #expect(text.contains(language == .zh ? "12月10日" : "Dec 10"))
        #expect(text.contains(language == .zh ? "10月31日 已过23天" : "Oct 31 23d ago"))
        #expect(text.contains(language == .zh ? "2027年3月31日" : "Mar 31 2027"))
        let chain = PageFixture.pages.first { $0.name == "contract" }!
        let chainText = PageView(snapshot: chain.snapshot, navigation: chain.navigation, language: language, role: "executive")
            .screen(width: 120, height: 40, glyphs: .unicode).text
        #expect(chainText.contains(language == .zh ? "2027年1月15日" : "Jan 15 2027"))
    }

    @Test("the check catches a heading over another column's cells")
    func theCheckCanFail() {
        let strings = Strings(.zh)
        let misnamed = DrawnTable(columns: [.init(title: strings.bandColumn, content: .band), .init(title: strings.lastSeenColumn, content: .time)],
                                  rows: [["41天15小时", "1038–2259ppm"]])
        #expect(ColumnCheck.problems([misnamed], language: .zh).count == 2)
        let mislabelled = DrawnTable(columns: [.init(title: strings.bandColumn, content: .duration)], rows: [["41天15小时"]])
        #expect(ColumnCheck.problems([mislabelled], language: .zh).count == 1)
    }
}
