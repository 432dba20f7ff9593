import Testing
@testable import OneScreenUI

@Suite("Sparkline")
struct SparklineTests {
    @Test("eight levels from lowest to highest, newest at the right edge")
    func levels() {
        #expect(render(Sparkline([0, 1, 2, 3, 4, 5, 6, 7]), width: 8, height: 1) == ["▁▂▃▄▅▆▇█"])
        // The newest that fit, scaled to what is shown.
        #expect(render(Sparkline([0, 1, 2, 3, 4, 5, 6, 7]), width: 4, height: 1) == ["▁▃▆█"])
        #expect(render(Sparkline([0, 1, 2, 3, 4, 5, 6, 7], scale: .fixed(0...7)), width: 4, height: 1) == ["▅▆▇█"])
        #expect(render(Sparkline([0, 7]), width: 4, height: 1) == ["  ▁█"])
    }

    @Test("a missing reading is a gap, not a zero")
    func gaps() {
        #expect(render(Sparkline([0, nil, 7, .nan]), width: 4, height: 1) == ["▁ █ "])
    }

    @Test("a fixed scale clamps; a flat series sits at half height")
    func scales() {
        #expect(render(Sparkline([0.5, 0.9, 1.2], scale: .fixed(0.8...1)), width: 3, height: 1) == ["▁▅█"])
        #expect(render(Sparkline([5, 5]), width: 2, height: 1) == ["▄▄"])
    }

    @Test("taller areas give finer steps, stacking full blocks")
    func tall() {
        #expect(render(Sparkline([0, 7], scale: .fixed(0...7)), width: 2, height: 2) == [" █", "▁█"])
    }

    @Test("stretching widens every value by the same whole number of columns")
    func stretch() {
        #expect(render(Sparkline([0, 7], stretches: true), width: 7, height: 1) == [" ▁▁▁███"])
        #expect(render(Sparkline([0, 7], scale: .fixed(0...7), stretches: true), width: 1, height: 1) == ["█"])
    }

    @Test("ASCII levels")
    func ascii() {
        #expect(render(Sparkline([0, 1, 2, 3, 4, 5, 6, 7]), width: 8, height: 1, glyphs: .ascii) == ["_.:-=+*#"])
    }

    @Test("0x0, 1x1 and no values", arguments: [(0, 0), (1, 1)])
    func tiny(width: Int, height: Int) {
        #expect(render(Sparkline([1, 2]), width: width, height: height).allSatisfy { DisplayWidth.width(of: $0) == width })
        #expect(render(Sparkline([]), width: 3, height: 1) == ["   "])
    }
}
