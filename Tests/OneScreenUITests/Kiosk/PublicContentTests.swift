import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

/// What the public role may see is drawn as counts and rates, not as lists of masks: the wall screen's overview,
/// quality and Alerts pages, masked for the kiosk role, hold no `***` and no starred name, and say what they count.
struct PublicContentTests {
    static let wall = Viewer(user: "kiosk", role: Role.builtIn.first { $0.name == Role.kioskName }!)

    static func text(_ name: String, _ language: Language, width: Int = 120, height: Int = 40) -> String {
        let page = PageFixture.pages.first { $0.name == name }!
        var view = PageView(snapshot: page.snapshot.masked(for: wall), navigation: page.navigation, language: language, role: "kiosk")
        view.showsSelection = false
        return view.screen(width: width, height: height, glyphs: .unicode).text
    }

    @Test("no masks on the wall: counts and rates instead", arguments: ["overview", "quality", "alerts"], Language.allCases)
    func noMasks(name: String, language: Language) {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let text = Self.text(name, language, width: width, height: height)
            #expect(!text.contains("**"), "\(name) \(width)x\(height):\n\(text)")
        }
    }

    @Test("the quality page counts by stage and group, the Alerts page by rule, the overview by stage, kind and state",
          arguments: Language.allCases)
    func whatItCounts(language: Language) {
        let strings = Strings(language)
        let quality = Self.text("quality", language)
        #expect(quality.contains(strings.complianceByGroup) && quality.contains("沪A") && quality.contains(strings.lotsByStage))
        let alerts = Self.text("alerts", language)
        #expect(alerts.contains(strings.alertsByRule) && alerts.contains("rule-11"))
        let overview = Self.text("overview", language, width: 200, height: 60)
        for heading in [strings.outOfBandByStage, strings.momentsByKind, strings.contractRisks, strings.openByState] {
            #expect(overview.contains(heading), "\(heading)")
        }
        #expect(PageView.rowIDs(of: PageFixture.pages[1].snapshot.masked(for: Self.wall), navigation: Navigation(page: .quality),
                                language: language).isEmpty, "nothing to open behind a count")
    }
}

/// The first run's frame while the demo store is built.
struct DemoBuildViewTests {
    @Test("the frame says what is happening and how far, at any size, exactly W columns", arguments: Language.allCases)
    func frame(language: Language) {
        let progress = DemoProgress(sampleData: "/clone/sample-data", file: "/clone/sample-data/readings.csv", fraction: 0.42)
        for (width, height) in [(20, 5), (60, 16), (120, 40)] {
            let lines = DemoBuildView(progress: progress, language: language).screen(width: width, height: height, glyphs: .unicode).lines()
            for line in lines { #expect(TerminalColumns.width(of: line) == width) }
            if width >= 60 {
                let text = lines.joined()
                #expect(text.contains(Strings(language).buildingDemo) && text.contains("42.0%") && text.contains("readings.csv"))
                #expect(!text.contains("/clone"))
            }
        }
    }
}
