import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

/// Alert messages raised with a rule's default template read in the viewer's language wherever the dashboard shows
/// them (the overview's alert pane, the Alerts list, an alert's detail); a configured template's text shows as the
/// user wrote it; a viewer who may not read alert texts learns nothing from the localized sentence.
struct AlertMessageTests {
    static let band = alert(21, "沪A·冷链07/cold.temp", ago: OverviewFixture.hours(1),
                            english: "冷链车厢温度: 沪A·冷链07 cold.temp reached 8.6 ℃, outside 0…4, since 2026-11-23T08:30:00+08:00",
                            DefaultMessage(kind: .band, values: [
                                "title": "冷链车厢温度", "site": "沪A·冷链07", "metric": "cold.temp", "value": "8.6", "unit": "℃",
                                "band": "0…4", "since": "2026-11-23T08:30:00+08:00",
                            ]))
    static let seal = alert(22, "C-2026-0999/S-2026-0119", ago: OverviewFixture.hours(2),
                            english: "C-2026-0999 contract seal used at 2026-11-23T07:30:00+08:00, requested by 王敏, with no approval",
                            DefaultMessage(kind: .sealUnapproved, values: [
                                "contract": "C-2026-0999", "seal": "contract", "status": "used",
                                "time": "2026-11-23T07:30:00+08:00", "requested_by": "王敏",
                            ]))
    static let configured = alert(23, "沪A·冷链07/cold.temp", ago: OverviewFixture.hours(3),
                                  english: "沪A·冷链07 车厢 8.6℃, call the driver", nil)

    static func alert(_ id: Int64, _ subject: String, ago seconds: Double, english: String, _ parts: DefaultMessage?) -> AlertRecord {
        var alert = OverviewFixture.alert(id, .complianceRisk, .firing, subject, english, ago: seconds)
        alert.defaultMessage = parts
        return alert
    }

    static let alerts = AlertOverview(byLevel: [0, 0, 0, 3], newest: [band, seal, configured])

    static let sentences: [Language: [String]] = [
        .zh: ["冷链车厢温度：沪A·冷链07 cold.temp 达 8.6℃，超出 0…4，自 11月23日 08:30 起",
              "C-2026-0999 合同章于 11月23日 07:30 已用印，申请人 王敏，无审批记录"],
        .en: ["冷链车厢温度: 沪A·冷链07 cold.temp reached 8.6 ℃, outside 0…4, since Nov 23 08:30",
              "C-2026-0999 contract seal used at Nov 23 07:30, requested by 王敏, with no approval"],
    ]

    static func detail(_ alert: AlertRecord) -> AlertDetail {
        AlertDetail(alert: alert, timeline: [AlertTimelineEntry(kind: .raised, at: alert.firstSeen)])
    }

    /// Every screen that shows these alerts' messages, as `viewer` may see them, exactly `width` x `height`.
    static func screens(_ language: Language, _ width: Int, _ height: Int, for viewer: Viewer? = nil) -> [(String, [String])] {
        var overview = OverviewFixture.snapshot
        overview.alerts = alerts
        let pages: [(String, Navigation, PageContent)] = [
            ("list", Navigation(page: .alerts), .alerts(alerts)),
            ("band detail", Navigation(page: .alerts, detail: "21"), .alert(detail(band))),
            ("seal detail", Navigation(page: .alerts, detail: "22"), .alert(detail(seal))),
            ("configured detail", Navigation(page: .alerts, detail: "23"), .alert(detail(configured))),
        ]
        let shownOverview = viewer.map { overview.masked(for: $0) } ?? overview
        var screens = [("overview", OverviewPage(snapshot: shownOverview, language: language, role: "ops", page: "")
            .screen(width: width, height: height, glyphs: .unicode).lines())]
        for (name, navigation, content) in pages {
            let snapshot = PageFixture.snapshot(content)
            let shown = viewer.map { snapshot.masked(for: $0) } ?? snapshot
            screens.append((name, PageView(snapshot: shown, navigation: navigation, language: language, role: "ops")
                .screen(width: width, height: height, glyphs: .unicode).lines()))
        }
        for (name, lines) in screens { AlertPageTests.expectExactWidths(lines, width, height, "\(name) \(language)") }
        return screens
    }

    @Test("a default message reads in the viewer's language on the overview, the list and the detail; a configured one as written",
          arguments: Language.allCases)
    func localized(language: Language) throws {
        let expected = try #require(Self.sentences[language])
        for (name, lines) in Self.screens(language, 320, 50) {
            let text = lines.joined(separator: "\n")
            switch name {
            case "band detail": #expect(text.contains(expected[0]), "\(name)\n\(text)")
            case "seal detail": #expect(text.contains(expected[1]), "\(name)\n\(text)")
            case "configured detail": #expect(text.contains(Self.configured.message), "\(name)\n\(text)")
            default:
                for sentence in expected + [Self.configured.message] { #expect(text.contains(sentence), "\(name): \(sentence)\n\(text)") }
            }
            // The stored English (with its raw RFC 3339 times) never shows; in Chinese no English sentence does.
            #expect(!text.contains("+08:00"), "\(name)")
            if language == .zh { #expect(!text.contains("reached") && !text.contains("with no approval"), "\(name)") }
        }
    }

    @Test("every line is exactly W columns on small and large terminals", arguments: Language.allCases)
    func widths(language: Language) {
        for (width, height) in [(60, 16), (80, 24), (120, 40), (200, 60)] { _ = Self.screens(language, width, height) }
    }

    @Test("a kiosk sees no site, contract or person through the localized sentence", arguments: Language.allCases)
    func masked(language: Language) {
        let kiosk = Viewer(user: "wall", role: Role.builtIn.first { $0.name == Role.kioskName }!)
        for (name, lines) in Self.screens(language, 320, 50, for: kiosk) {
            let text = lines.joined(separator: "\n")
            for secret in ["沪A", "冷链07", "C-2026-0999", "王敏", "cold.temp", "8.6", "超出", "无审批记录", "outside", "with no approval"] {
                #expect(!text.contains(secret), "\(name) \(language) shows \(secret)\n\(text)")
            }
            // A detail shows what it hides as `***`; the lists count instead of listing masks.
            let strings = Strings(language)
            #expect(text.contains(Masking.hiddenText) || text.contains(strings.alertsByRule) || text.contains(strings.openByState), "\(name)")
        }
    }

    @Test("the / filter finds an alert by the words the viewer reads, and still by the stored ones")
    func filterMatchesTheShownSentence() {
        let snapshot = PageFixture.snapshot(.alerts(Self.alerts))
        func ids(_ filter: String, _ language: Language) -> [String] {
            var navigation = Navigation(page: .alerts)
            navigation.filter = filter
            return PageView.rowIDs(of: snapshot, navigation: navigation, language: language)
        }
        #expect(ids("合同章", .zh) == ["22"])
        #expect(ids("无审批", .zh) == ["22"])
        #expect(ids("with no approval", .zh) == ["22"])
        #expect(ids("合同章", .en) == [])
        #expect(ids("call the driver", .zh) == ["23"])
    }

    @Test("a wall screen's banner announces the alert in the screen's language", arguments: Language.allCases)
    func banner(language: Language) {
        let banner = AlertBanner(alerts: [Self.seal], since: PageFixture.now, now: PageFixture.now, language: language,
                                 utcOffset: OverviewFixture.snapshot.utcOffset)
        #expect(banner.text.contains(Self.sentences[language]![1]), "\(banner.text)")
    }
}
