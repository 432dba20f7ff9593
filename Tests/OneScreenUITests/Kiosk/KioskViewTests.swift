import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

/// The wall screen: a band with the big clock and the freshness on a big enough terminal, the page alone otherwise,
/// and a banner for new L1 and L4 alerts.
struct KioskViewTests {
    static let rotation = RotationStatus(pages: [.overview, .quality, .alerts], index: 0, secondsLeft: 11.4)

    static func view(_ snapshot: PageSnapshot = PageFixture.pages[0].snapshot, language: Language = .zh,
                     banner: AlertBanner? = nil) -> KioskView {
        KioskView(page: PageView(snapshot: snapshot, navigation: Navigation(), language: language, role: "kiosk"),
                  rotation: rotation, banner: banner)
    }

    static var stale: PageSnapshot {
        var snapshot = PageFixture.pages[0].snapshot
        snapshot.freshness = OverviewFixture.stale.freshness
        return snapshot
    }

    @Test("from 100x30 the band shows the time in big digits beside date, freshness, sources and rotation",
          arguments: Language.allCases, [(100, 30), (160, 50)])
    func band(language: Language, size: (Int, Int)) {
        let strings = Strings(language)
        let screen = Self.view(language: language).screen(width: size.0, height: size.1, glyphs: .unicode)
        let lines = screen.lines()
        for line in lines { #expect(TerminalColumns.width(of: line) == size.0, "\(line)") }
        // 09:30 in blocks: the top row of 0, 9, :, 3, 0.
        #expect(lines[0].hasPrefix(" ██████  ██████      ██████  ██████"), "\(lines[0])")
        #expect(lines[0].contains("2026-11-23"))
        #expect(lines[1].contains(strings.dataAge(DisplayFormat(language).duration(seconds: 120))), "\(lines[1])")
        #expect(lines[2].contains(strings.sources(ok: 4, failing: 1, late: 1)), "\(lines[2])")
        #expect(lines[3].contains(strings.page(.overview) + " 1/3") && lines[3].contains(strings.nextPage(strings.page(.quality), in: DisplayFormat(language).duration(seconds: 12))), "\(lines[3])")
        #expect(lines[5].contains(strings.overviewPage) && lines[5].contains("kiosk"), "the page's header follows the band")
        #expect(screen[1, 0].style == Style(.title, .bold))
    }

    @Test("stale data turns the digits critical and says STALE in reverse video, in both languages", arguments: Language.allCases)
    func stale(language: Language) throws {
        let screen = Self.view(Self.stale, language: language).screen(width: 120, height: 40, glyphs: .unicode)
        let line = screen.lines()[1]
        #expect(line.contains("STALE"), "\(line)")
        let x = try #require(TerminalColumns.position(of: "STALE", in: [line])).x
        #expect(screen[x, 1].style == HealthStatus.critical.style)
        #expect(screen[1, 0].style.foreground == .critical)
    }

    @Test("below 100x30 there is no band: the page has the screen, its own header and status bar keep clock and freshness",
          arguments: [(99, 40), (120, 29), (80, 24), (60, 16)])
    func small(width: Int, height: Int) {
        let lines = Self.view(language: .en).screen(width: width, height: height, glyphs: .unicode).lines()
        #expect(lines[0].contains("Overview") && lines[0].contains("09:30"), "\(lines[0])")
        #expect(!lines.joined().contains("██████  ██████"))
        #expect(lines[height - 1].hasPrefix("data 2m ago"), "\(lines[height - 1])")
        for line in lines { #expect(TerminalColumns.width(of: line) == width, "\(line)") }
    }

    @Test("tiny and empty terminals never crash", arguments: [(0, 0), (1, 1), (10, 3), (100, 5)])
    func tiny(width: Int, height: Int) {
        let lines = Self.view().screen(width: width, height: height, glyphs: .unicode).lines()
        #expect(lines.count == height && lines.allSatisfy { DisplayWidth.width(of: $0) == width })
    }

    @Test("LANG=C: the band is plain ASCII, # blocks included")
    func ascii() {
        let lines = Self.view(language: .en).screen(width: 120, height: 40, glyphs: .ascii).lines()
        for line in lines.prefix(BigDigits.height) { #expect(line.allSatisfy { $0.isASCII }, "\(line)") }
        #expect(lines[0].hasPrefix(" ######  ######"))
        #expect(lines[1].contains("data 2m ago"))
    }

    @Test("a new alert's banner names it over the page header, blinks, then holds, and goes after a minute",
          arguments: Language.allCases)
    func banner(language: Language) throws {
        let alerts = [OverviewFixture.alerts.newest[1], OverviewFixture.alerts.newest[0]]
        let since = PageFixture.now
        func screen(after seconds: Double) -> Screen {
            var snapshot = PageFixture.pages[0].snapshot
            snapshot.now = since.adding(seconds: seconds)
            let banner = AlertBanner(alerts: alerts, since: since, now: snapshot.now, language: language, utcOffset: snapshot.utcOffset)
            return Self.view(snapshot, language: language, banner: banner).screen(width: 120, height: 40, glyphs: .unicode)
        }
        let strings = Strings(language)
        let first = screen(after: 0)
        let row = first.lines()[BigDigits.height]
        #expect(row.contains(strings.newAlert(level: "L1 " + strings.level(.systemFault), details: ["嘉兴中心仓网关", "数据源失联，最后数据 09:12"], more: 1)), "\(row)")
        #expect(TerminalColumns.width(of: row) == 120)
        #expect(first[0, BigDigits.height].style == Style(.level1, [.bold, .reverse]))
        #expect(first[119, BigDigits.height].style == Style(.level1, [.bold, .reverse]), "the whole row")
        #expect(screen(after: 1)[0, BigDigits.height].style == Style(.level1, .bold), "blinks")
        #expect(screen(after: 31)[0, BigDigits.height].style == Style(.level1, [.bold, .reverse]), "then holds")
        #expect(!screen(after: 60).lines()[BigDigits.height].contains(strings.newAlert(level: "L1", details: [], more: 0)),
                "gone after a minute")
    }

    @Test("masked alert texts are left out of the banner, never shown as ***")
    func masked() {
        var alert = OverviewFixture.alerts.newest[0]
        alert.subject = Masking.hiddenText
        alert.message = Masking.hiddenText
        let banner = AlertBanner(alerts: [alert], since: PageFixture.now, now: PageFixture.now, language: .en, utcOffset: 8 * 3600)
        #expect(banner.text == "NEW ALERT L1 system fault")
    }
}
