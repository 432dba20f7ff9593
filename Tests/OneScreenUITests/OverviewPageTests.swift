import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

@Suite("Overview page")
struct OverviewPageTests {
    static let sizes = [(80, 24), (100, 30), (120, 40), (200, 60)]
    static let cases: [(width: Int, height: Int, language: Language)] = sizes.flatMap { size in
        Language.allCases.map { (size.0, size.1, $0) }
    }

    static func page(_ language: Language, snapshot: OverviewSnapshot = OverviewFixture.snapshot) -> OverviewPage {
        OverviewPage(snapshot: snapshot, language: language, role: language == .zh ? "质量经理" : "quality manager",
                     page: Strings(language).overviewPage)
    }

    static func lines(_ width: Int, _ height: Int, _ language: Language, glyphs: Glyphs = .unicode,
                      snapshot: OverviewSnapshot = OverviewFixture.snapshot) -> [String] {
        page(language, snapshot: snapshot).screen(width: width, height: height, glyphs: glyphs).lines()
    }

    @Test("every line is exactly W columns by the C library's wcwidth", arguments: cases)
    func lineWidths(width: Int, height: Int, language: Language) {
        for snapshot in [OverviewFixture.snapshot, OverviewFixture.stale] {
            let lines = Self.lines(width, height, language, snapshot: snapshot)
            #expect(lines.count == height)
            for (row, line) in lines.enumerated() {
                #expect(TerminalColumns.width(of: line) == width, "row \(row): \(line)")
            }
        }
    }

    @Test("vertical borders stand in the same four columns on every pane row", arguments: cases)
    func bordersAligned(width: Int, height: Int, language: Language) {
        let lines = Self.lines(width, height, language)
        let frameColumns = [0, width / 2 - 1, width / 2, width - 1]
        let topOfBottomPanes = 1 + (height - 2 + 1) / 2
        for row in 1..<(height - 1) {
            let verticals = TerminalColumns.columns(of: ["│", "┌", "┐", "└", "┘"], in: lines[row])
            #expect(verticals == frameColumns, "row \(row): \(lines[row])")
        }
        for row in [1, topOfBottomPanes] {
            #expect(TerminalColumns.columns(of: ["┌"], in: lines[row]) == [0, width / 2], "row \(row)")
            #expect(TerminalColumns.columns(of: ["┐"], in: lines[row]) == [width / 2 - 1, width - 1], "row \(row)")
        }
        for row in [topOfBottomPanes - 1, height - 2] {
            #expect(TerminalColumns.columns(of: ["└"], in: lines[row]) == [0, width / 2], "row \(row)")
            #expect(TerminalColumns.columns(of: ["┘"], in: lines[row]) == [width / 2 - 1, width - 1], "row \(row)")
        }
    }

    @Test("the four pane titles sit in the top borders", arguments: cases)
    func paneTitles(width: Int, height: Int, language: Language) {
        let lines = Self.lines(width, height, language)
        let titles = language == .zh ? ["质量", "客户", "合同", "预警"] : ["Quality", "Customers", "Contracts", "Alerts"]
        let topOfBottomPanes = 1 + (height - 2 + 1) / 2
        #expect(lines[1].contains("─ \(titles[0]) ─") && lines[1].contains("─ \(titles[1]) ─"), "\(lines[1])")
        #expect(lines[topOfBottomPanes].contains("─ \(titles[2]) ─"), "\(lines[topOfBottomPanes])")
        #expect(lines[topOfBottomPanes].contains("─ \(titles[3]) ─"), "\(lines[topOfBottomPanes])")
    }

    @Test("the figures that matter are on screen", arguments: cases)
    func figures(width: Int, height: Int, language: Language) {
        let text = Self.lines(width, height, language).joined(separator: "\n")
        #expect(text.contains("97.3%"))
        #expect(text.contains("永辉超市华东区"))
        #expect(text.contains("onescreen 一屏尽览"))
        #expect(text.contains("2026-11-23 09:30"))
        // The unapproved seal and its L4 alert.
        #expect(text.contains("C-2026-0467"))
        let alertRows = Self.lines(width, height, language).filter { $0.contains("L4") && $0.contains("C-2026-0467") }
        #expect(!alertRows.isEmpty)
        let level = language == .zh ? "合规风险" : "compliance risk"
        if width >= 100 { #expect(text.contains(level)) }
    }

    @Test("the header shows role and page; the status bar freshness, sources and hints", arguments: Language.allCases)
    func chrome(language: Language) {
        let lines = Self.lines(120, 40, language)
        let strings = Strings(language)
        #expect(lines[0].contains(language == .zh ? "质量经理" : "quality manager"))
        #expect(lines[0].contains(strings.overviewPage))
        let status = lines[39]
        #expect(status.contains(language == .zh ? "数据 2分前" : "data 2m ago"))
        #expect(status.contains(language == .zh ? "数据源 正常4 故障1 延迟1" : "sources 4 ok 1 failing 1 late"))
        #expect(status.contains(strings.keyHints))
        #expect(!status.contains("STALE"))
    }

    @Test("stale data says so first in the status bar, in the critical style", arguments: cases)
    func stale(width: Int, height: Int, language: Language) {
        let screen = Self.page(language, snapshot: OverviewFixture.stale).screen(width: width, height: height,
                                                                                glyphs: .unicode)
        let status = screen.lines()[height - 1]
        let expected = language == .zh ? "STALE 数据过期 3小时12分" : "STALE data 3h12m old"
        #expect(status.hasPrefix(expected), "\(status)")
        #expect(screen[0, height - 1].style == HealthStatus.critical.style)
        #expect(screen[0, 0].style == HealthStatus.critical.style, "the header turns critical too")
    }

    @Test("an empty store draws every pane with zeros and dashes, never a made-up figure", arguments: sizes)
    func emptyStore(width: Int, height: Int) {
        let snapshot = OverviewSnapshot.empty(at: OverviewFixture.now, utcOffset: OverviewFixture.utcOffset)
        for language in Language.allCases {
            let lines = Self.lines(width, height, language, snapshot: snapshot)
            #expect(lines.allSatisfy { TerminalColumns.width(of: $0) == width })
            let text = lines.joined(separator: "\n")
            #expect(!text.contains("0.0%") && !text.contains("nan"), "no rate is invented from nothing")
            let compliance = lines.first { $0.contains(language == .zh ? "合规率" : "Compliance") } ?? ""
            #expect(compliance.contains("] -"), "\(compliance)")
            #expect(text.contains(language == .zh ? "高价值客户 LTV" : "Top customers by LTV"))
            #expect(text.contains(language == .zh ? "STALE 无数据" : "STALE no data"))
        }
    }

    @Test("a live screen shows when it last read the store, and a notice beside the freshness")
    func refreshAndNotice() {
        var page = Self.page(.en)
        page.refreshedAt = OverviewFixture.ago(OverviewFixture.minutes(5))
        page.notice = "store locked"
        let screen = page.screen(width: 120, height: 40, glyphs: .unicode)
        let status = screen.lines()[39]
        #expect(status.hasPrefix("data 2m ago │ store locked │ sources"), "\(status)")
        #expect(status.contains("refreshed 09:25"))
        #expect(screen[14, 39].style == HealthStatus.critical.style)
    }

    @Test("a store with no readings at all is stale too")
    func noReadings() {
        var snapshot = OverviewFixture.snapshot
        snapshot.freshness = DataFreshness(newestReading: nil, lastWrite: nil)
        #expect(Self.lines(80, 24, .en, snapshot: snapshot)[23].hasPrefix("STALE no data"))
    }

    @Test("a wall screen fills with bars and tall sparklines rather than blank rows", arguments: Language.allCases)
    func wallScreen(language: Language) {
        let screen = Self.page(language).screen(width: 200, height: 60, glyphs: .unicode)
        let lines = screen.lines()
        func rowsWithBars(columns: Range<Int>, rows: Range<Int>) -> Int {
            rows.filter { row in columns.contains { ["█", "░"].contains(screen[$0, row].symbol) } }.count
        }
        #expect(rowsWithBars(columns: 100..<200, rows: 1..<30) >= 8, "a bar per RFM segment")
        #expect(rowsWithBars(columns: 0..<100, rows: 30..<59) >= 7, "a bar per contract status")
        #expect(rowsWithBars(columns: 100..<200, rows: 30..<59) >= 4, "a bar per alert level")
        // Below the gauge row, every cell of a sparkline block is one of the eight levels.
        let blocks: Set<String> = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let sparklineCells = (3..<30).map { row in (0..<100).filter { blocks.contains(screen[$0, row].symbol) }.count }
        #expect(sparklineCells.filter { $0 > 0 }.count >= 3 * 2, "taller than one row per segment")
        #expect(sparklineCells.max() ?? 0 > 2 * 24, "wider than one column per hour")
        let emptyPaneRows = lines.filter { $0.hasPrefix("│ ") && $0.dropFirst().allSatisfy { " │".contains($0) } }
        #expect(emptyPaneRows.count <= 8, "\(emptyPaneRows.count) empty rows")
    }

    @Test("a 400x120 screen is drawn whole, every line 400 columns")
    func huge() {
        let lines = Self.lines(400, 120, .zh)
        #expect(lines.count == 120)
        #expect(lines.allSatisfy { TerminalColumns.width(of: $0) == 400 })
        #expect(lines.joined().contains("97.3%"))
    }

    @Test("from 60x16 up the four panes show; below, a centred message says what is needed",
          arguments: [(60, 16, true), (59, 16, false), (60, 15, false), (79, 23, true), (20, 5, false)])
    func minimum(width: Int, height: Int, showsPanes: Bool) {
        for language in Language.allCases {
            let lines = Self.lines(width, height, language)
            let text = lines.joined(separator: "\n")
            let titles = language == .zh ? ["质量", "客户", "合同", "预警"] : ["Quality", "Customers", "Contracts", "Alerts"]
            #expect(titles.allSatisfy { text.contains("─ \($0) ─") } == showsPanes, "\(width)x\(height)")
            #expect(lines.allSatisfy { TerminalColumns.width(of: $0) == width })
            let message = language == .zh ? "终端太小 — 至少需要 60x16" : "terminal too small — needs 60x16"
            if !showsPanes, width >= 40 {
                let row = lines.firstIndex { $0.contains(message) }
                #expect(row == (height - 1) / 2, "centred vertically")
                if let row {
                    let line = lines[row]
                    let leading = line.prefix { $0 == " " }.count
                    let trailing = line.reversed().prefix { $0 == " " }.count
                    #expect(abs(leading - trailing) <= 1, "centred horizontally: \(line)")
                }
            }
        }
    }

    @Test("tiny and empty terminals never crash", arguments: [(0, 0), (1, 1), (0, 10), (10, 0), (2, 1), (1, 3)])
    func tiny(width: Int, height: Int) {
        for language in Language.allCases {
            let lines = Self.lines(width, height, language)
            #expect(lines.count == height)
            #expect(lines.allSatisfy { TerminalColumns.width(of: $0) == width })
        }
    }

    @Test("every size from 60x16 to 130x40 keeps exact widths and aligned borders")
    func sweep() {
        for width in stride(from: 60, through: 130, by: 7) {
            for height in stride(from: 16, through: 40, by: 5) {
                let lines = Self.lines(width, height, .zh)
                let left = width - width / 2
                for row in 1..<(height - 1) {
                    #expect(TerminalColumns.width(of: lines[row]) == width, "\(width)x\(height) row \(row)")
                    #expect(TerminalColumns.columns(of: ["│", "┌", "┐", "└", "┘"], in: lines[row]) == [0, left - 1, left, width - 1],
                            "\(width)x\(height) row \(row): \(lines[row])")
                }
            }
        }
    }

    @Test("ASCII glyphs: the frame is ASCII and nothing outside the data text is not", arguments: sizes)
    func ascii(width: Int, height: Int) {
        let dataCharacters = Set(OverviewFixture.dataTexts.joined())
        let lines = Self.lines(width, height, .en, glyphs: .ascii)
        for (row, line) in lines.enumerated() {
            for character in line where !character.isASCII {
                #expect(dataCharacters.contains(character), "row \(row): \(character) in \(line)")
            }
        }
        let left = width - width / 2
        for row in 1..<(height - 1) {
            for column in [0, left - 1, left, width - 1] {
                let frame = TerminalColumns.character(atColumn: column, in: lines[row])
                #expect(frame == "|" || frame == "+", "row \(row) column \(column): \(lines[row])")
            }
        }
        #expect(lines[1].hasPrefix("+- Quality -"))
    }

    @Test("the too-small message uses an ASCII dash under ASCII glyphs")
    func asciiTooSmall() {
        let text = Self.lines(50, 10, .en, glyphs: .ascii).joined()
        #expect(text.contains("terminal too small - needs 60x16"))
        #expect(text.allSatisfy { $0.isASCII })
    }
}
