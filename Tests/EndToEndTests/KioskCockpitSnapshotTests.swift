import OneScreenTestSupport
import Testing

/// The kiosk may not show marketing figures: its cockpit says each one is withheld, not that the group has no data,
/// while the owner's cockpit over the same demo store shows the figures and their statuses.
@Suite struct KioskCockpitSnapshotTests {
    func cockpit(_ arguments: [String], lang: String) throws -> String {
        let result = try BuiltBinary.run(["snapshot", "--page", "marketing", "--size", "120x40", "--lang", lang] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    static func rows(_ screen: String, saying word: String) -> Int {
        screen.split(separator: "\n").filter { $0.contains(word) }.count
    }

    @Test(arguments: [("en", "withheld", "no data"), ("zh", "不公开", "无数据")])
    func theKioskSaysWithheldForEveryMetric(lang: String, withheld: String, noData: String) throws {
        let kiosk = try cockpit(["--kiosk"], lang: lang)
        #expect(Self.rows(kiosk, saying: withheld) == 8, "\(kiosk)")
        #expect(!kiosk.contains(noData), "\(kiosk)")
        let owner = try cockpit([], lang: lang)
        #expect(Self.rows(owner, saying: withheld) == 0, "\(owner)")
        #expect(!owner.contains("***"), "\(owner)")
    }
}
