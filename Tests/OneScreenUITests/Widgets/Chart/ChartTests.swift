import Foundation
import OneScreenCore
import Testing
@testable import OneScreenUI

/// The chart widget on known series (a sine, a step, one with a gap, a flat one, one with a spike): the exact text at
/// 40x10, and at 80x20 and 200x50 its ticks, time labels and figures, in both languages, every row its width.
@Suite("Chart")
struct ChartTests {
    /// What the five series draw at 40x10 in English, checked by eye once: the sine's round top and bottom, the step
    /// as one edge, the six hours without readings left open, the flat line in the middle, the spike's full height.
    static let golden40x10: [String: [String]] = [
        "sine": [
            "°C                             last 0°C ",
            " 1.0┤   ⣠⠔⠋⠉⠓⢦⡀                min  -1°C",
            " 0.5┤  ⡴⠁     ⠙⢆               max  1°C ",
            "    │⢀⡞        ⠈⢦              mean 0°C ",
            " 0.0┤⠎           ⠳⡀          ⣠          ",
            "    │             ⠱⡄        ⡰⠁          ",
            "-0.5┤              ⠙⢄     ⢀⡜⠁           ",
            "-1.0┤               ⠈⠓⢤⣀⣠⠴⠋             ",
            "    └────────┬───────────┬────          ",
            "           11-20       12:00            ",
        ],
        "step": [
            "°C                              last 6°C",
            "6┤              ⢸⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉ min  2°C",
            "5┤              ⢸               max  6°C",
            " │              ⢸               mean 4°C",
            "4┤              ⢸                       ",
            " │              ⢸                       ",
            "3┤              ⢸                       ",
            "2┤⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣸                       ",
            " └──┬──────┬──────┬───────┬────         ",
            "  18:00  11-20  06:00   12:00           ",
        ],
        "gaps": [
            "°C                          last 0°C    ",
            " 1.0┤   ⡰⠚⠉                 min  -1°C   ",
            " 0.5┤ ⢀⠞                    max  1°C    ",
            "    │⢀⠎                     mean -0.21°C",
            " 0.0┤⠏          ⡄         ⢠             ",
            "    │           ⠘⢆       ⣠⠃             ",
            "-0.5┤            ⠘⢦     ⡰⠃              ",
            "-1.0┤              ⠱⢤⣀⡠⠞⠁               ",
            "    └───────┬──────────┬───             ",
            "          11-20      12:00              ",
        ],
        "flat": [
            "°C                            last 3.5°C",
            "4.5┤                          min  3.5°C",
            "4.0┤                          max  3.5°C",
            "   │                          mean 3.5°C",
            "3.5┤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤           ",
            "   │                                    ",
            "3.0┤                                    ",
            "2.5┤                                    ",
            "   └────────┬───────────┬────           ",
            "          11-20       12:00             ",
        ],
        "spike": [
            "°C                              last 3°C",
            "10┤                     ⡀       min  3°C",
            " 8┤                     ⡇       max  9°C",
            "  │                     ⡇       mean 3°C",
            " 6┤                     ⡇               ",
            "  │                     ⡇               ",
            " 4┤                     ⡇               ",
            " 2┤⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉         ",
            "  └──┬──────┬──────┬──────┬────         ",
            "   18:00  11-20  06:00  12:00           ",
        ],
    ]

    @Test("each known series draws exactly as recorded at 40x10", arguments: ChartFixture.all.map(\.name))
    func golden(name: String) throws {
        let points = try #require(ChartFixture.all.first { $0.name == name }).points
        #expect(render(ChartFixture.chart(points, language: .en), width: 40, height: 10) == Self.golden40x10[name])
    }

    /// The y labels from top to bottom, as printed left of the axis.
    func yLabels(_ lines: [String]) -> [String] {
        lines.compactMap { line in
            guard let tee = line.firstIndex(of: "┤") else { return nil }
            return line[..<tee].trimmingCharacters(in: .whitespaces)
        }
    }

    /// The words of the time label row (the row under the axis).
    func timeLabels(_ lines: [String]) -> [String] {
        guard let axis = lines.firstIndex(where: { $0.contains("└") }), axis + 1 < lines.count else { return [] }
        return lines[axis + 1].split(separator: " ").map(String.init)
    }

    @Test("ticks are 3 to 6 round values with the unit above them, and every row is its width", arguments: [(80, 20), (200, 50)])
    func ticksAndLabels(size: (Int, Int)) throws {
        let expectedTicks: [String: [String]] = [
            "sine": ["1.0", "0.5", "0.0", "-0.5", "-1.0"], "step": ["6", "5", "4", "3", "2"],
            "gaps": ["1.0", "0.5", "0.0", "-0.5", "-1.0"], "flat": ["4.5", "4.0", "3.5", "3.0", "2.5"],
            "spike": ["10", "8", "6", "4", "2"],
        ]
        for (name, points) in ChartFixture.all {
            for language in [Language.zh, .en] {
                let lines = render(ChartFixture.chart(points, language: language), width: size.0, height: size.1)
                #expect(lines.count == size.1)
                for line in lines { #expect(DisplayWidth.width(of: line) == size.0, "\(name) \(size) \(language): \(line)") }
                #expect(lines[0].hasPrefix("°C"), "\(name)")
                #expect(yLabels(lines) == expectedTicks[name], "\(name) \(size) \(language)")
                let words = language == .zh ? ["最新", "最低", "最高", "均值"] : ["last", "min", "max", "mean"]
                for word in words { #expect(lines.contains { $0.contains(word) }, "\(name) \(language) \(word)") }
            }
        }
    }

    @Test("time labels are round local times that fit: every 3 hours at 80 columns, every hour at 200, the day at midnight")
    func timeLabelsFit() {
        let wide = render(ChartFixture.chart(ChartFixture.sine, language: .zh), width: 200, height: 50)
        #expect(timeLabels(wide).prefix(10) == ["17:00", "18:00", "19:00", "20:00", "21:00", "22:00", "23:00", "11-20", "01:00", "02:00"])
        let medium = render(ChartFixture.chart(ChartFixture.sine, language: .en), width: 80, height: 20)
        #expect(timeLabels(medium) == ["18:00", "21:00", "11-20", "03:00", "06:00", "09:00", "12:00", "15:00"])
        // A range that crosses into a new year names it on the first date of each year.
        let newYear = Instant(millis: CalendarDay(year: 2027, month: 1, day: 1)!.start(utcOffset: ChartFixture.utcOffset).millis)
        let chart = Chart(series: [ChartSeries("t", points: [ChartPoint(time: newYear, value: 1)])],
                          from: newYear.adding(seconds: -4 * 86_400), through: newYear.adding(seconds: 3 * 86_400),
                          language: .en, utcOffset: ChartFixture.utcOffset, showsStats: false)
        let labels = timeLabels(render(chart, width: 100, height: 8))
        #expect(labels.first?.hasPrefix("2026-12-") == true, "\(labels)")
        #expect(labels.contains("2027-01-01"), "\(labels)")
        #expect(labels.contains("01-02"), "\(labels)")
    }

    @Test("a gap stays a gap: no dots in the six hours without readings, and the line on both sides")
    func gapIsLeftOpen() throws {
        let chart = ChartFixture.chart(ChartFixture.withGap, language: .en)
        let area = Rect(x: 0, y: 0, width: 80, height: 20)
        var screen = Screen(width: 80, height: 20)
        chart.render(in: area, on: &screen, glyphs: .unicode)
        let layout = chart.layout(in: area)
        // The last point before the gap is at 22:10, the first after it at 04:10.
        let six = try #require(layout.column(of: ChartFixture.from.adding(seconds: 370 * 60))) + 1
        let noon = try #require(layout.column(of: ChartFixture.from.adding(seconds: 730 * 60))) - 1
        func dots(in column: Int) -> Int {
            (layout.plot.y..<layout.plot.bottom).filter { (0x2801...0x28FF).contains(screen[column, $0].symbol.unicodeScalars.first!.value) }.count
        }
        for column in six...noon { #expect(dots(in: column) == 0, "column \(column)") }
        #expect(dots(in: six - 2) > 0)
        #expect(dots(in: noon + 2) > 0)
    }

    @Test("the band is drawn as limit lines at its values, and the figures name it")
    func bandLimitLines() {
        let lines = render(ChartFixture.chart(ChartFixture.spike, language: .zh, band: (0, 4)), width: 80, height: 20)
        let limits = lines.filter { $0.contains("╌╌╌") }
        #expect(limits.count == 2)
        #expect(limits.contains { $0.hasPrefix(" 4┤") } && limits.contains { $0.hasPrefix(" 0┤") }, "\(limits)")
        #expect(lines.contains { $0.contains("标准 0–4°C") })
        // The spike's stroke rises above the upper limit line.
        let upper = lines.firstIndex { $0.hasPrefix(" 4┤") }!
        #expect(lines[..<upper].contains { $0.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } }, "\(lines)")
    }

    @Test("several series share the chart with a legend, each with its own figures")
    func legend() {
        let chart = Chart(series: [ChartSeries("inside", points: ChartFixture.sine),
                                   ChartSeries("outside", points: ChartFixture.step2to6, role: .level4, asciiMark: "o")],
                          from: ChartFixture.from, through: ChartFixture.through, unit: "°C", language: .en, utcOffset: ChartFixture.utcOffset)
        let lines = render(chart, width: 80, height: 20)
        #expect(lines[0].contains("⣿ inside") && lines[0].contains("⣿ outside"))
        #expect(lines.filter { $0.contains("last") }.count == 2)
        let ascii = render(chart, width: 80, height: 20, glyphs: .ascii)
        #expect(ascii[0].contains("* inside") && ascii[0].contains("o outside"))
        #expect(ascii.contains { $0.contains("o") && $0.contains("|") })
        for line in ascii { #expect(line.unicodeScalars.allSatisfy(\.isASCII) || line.contains("°C"), "\(line)") }
    }

    @Test("ASCII marks where Braille is unavailable: LANG=C, and the mono theme's glyphs")
    func asciiMarks() {
        var mono = Glyphs.unicode
        mono.chartMarks = .ascii
        let lines = render(ChartFixture.chart(ChartFixture.step2to6, language: .en), width: 40, height: 10, glyphs: mono)
        #expect(lines[1].contains("6┤") && lines[1].contains("***"))
        #expect(!lines.joined().unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
        let plain = render(ChartFixture.chart(ChartFixture.step2to6, language: .en), width: 40, height: 10, glyphs: .ascii)
        #expect(plain[1].contains("6+") || plain[1].contains("6|"), "\(plain[1])")
    }

    @Test("any size draws without crashing, every row its width, 0x0 and 1x1 included")
    func everySize() {
        for width in [0, 1, 2, 5, 17, 23, 41] {
            for height in [0, 1, 2, 3, 4, 5, 9] {
                for language in [Language.zh, .en] {
                    let lines = render(ChartFixture.chart(ChartFixture.spike, language: language, band: (0, 4)), width: width, height: height)
                    #expect(lines.count == height)
                    for line in lines { #expect(DisplayWidth.width(of: line) == width, "\(width)x\(height)") }
                }
            }
        }
        #expect(render(ChartFixture.chart([], language: .zh), width: 40, height: 10).count == 10)
    }
}
