import Foundation
import OneScreenTestSupport
import Testing

/// `onescreen snapshot --page series` from the real binary on the demo store, whose truck 沪A·冷链06 warms past its
/// band in the last hours: the picture a report would take of that excursion.
@Suite(.serialized) struct SeriesSnapshotTests {
    func snapshot(_ arguments: [String]) throws -> [String] {
        let result = try BuiltBinary.run(["snapshot", "--page", "series"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func theExcursionCrossesTheLimitLineWithItsAlertMarkedOnTheTimeAxis() throws {
        let lines = try snapshot(["--select", "沪A·冷链06/cold.temp", "--range", "24h", "--lang", "zh", "--size", "120x40"])
        #expect(lines.count == 40)
        for line in lines { #expect(TerminalColumns.width(of: line) == 120, "\(line)") }
        let text = lines.joined(separator: "\n")
        // The y axis: its unit over round ticks, the band's upper limit (4 °C) drawn as a line at its tick.
        #expect(lines.contains { $0.hasPrefix("│ °C ") }, "\(text)")
        let limit = try #require(lines.firstIndex { $0.contains(" 4┤") && $0.contains("╌╌╌") }, "\(text)")
        func hasDots(_ line: String) -> Bool { line.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } }
        // The excursion: readings drawn above the limit line and below it.
        #expect(lines[..<limit].contains(where: hasDots), "\(text)")
        #expect(lines[(limit + 1)...].contains(where: hasDots), "\(text)")
        // The time axis: the alert's mark on it, and at least four time labels under it.
        // The axis is the bottom line with ticks: when a tick falls on its first column it starts `└┬`, not `└──`.
        let axis = try #require(lines.firstIndex { $0.contains("└") && $0.contains("┬") }, "\(text)")
        #expect(lines[axis].contains("▲"), "\(lines[axis])")
        let labels = lines[axis + 1].split(separator: " ").filter { $0.count == 5 && ($0.contains(":") || $0.contains("-")) }
        #expect(labels.count >= 4, "\(lines[axis + 1])")
        #expect(text.contains("24h · 实时"))
    }

    @Test(arguments: ["1h", "7d", "1y"], ["zh", "en"])
    func everyRangeAtEverySize(range: String, lang: String) throws {
        for (width, height) in [(80, 24), (200, 60)] {
            let lines = try snapshot(["--select", "沪A·冷链06/cold.temp", "--range", range, "--lang", lang, "--size", "\(width)x\(height)"])
            #expect(lines.count == height)
            for line in lines { #expect(TerminalColumns.width(of: line) == width, "\(range) \(width)x\(height) \(lang): \(line)") }
            #expect(lines.contains { $0.contains("\(range) · ") })
        }
    }

    @Test func aSeriesInThePastAndOneThatDoesNotExist() throws {
        // The sample store as ingested, at its own end (not the demo, which is moved to end now).
        let past = try snapshot(["--store", OverviewSnapshotTests.store, "--select", "沪A·冷链06/cold.temp", "--range", "7d",
                                 "--at", OverviewSnapshotTests.at, "--lang", "en"])
        #expect(past.contains { $0.contains("°C") } && past.contains { $0.contains("11-19") }, "\(past)")
        let missing = try snapshot(["--select", "nowhere/cold.temp", "--lang", "en"])
        #expect(missing.joined().contains("not found"))
        let refused = try BuiltBinary.run(["snapshot", "--page", "series", "--select", "no-slash"])
        #expect(refused.status != 0 && refused.stderr.contains("SITE/METRIC"))
    }
}
