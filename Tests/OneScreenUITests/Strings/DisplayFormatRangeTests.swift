import OneScreenCore
import Testing
@testable import OneScreenUI

/// The formatters are total: rows stored before ingest bounded numbers, and sums of many figures, print as
/// something instead of trapping in an integer conversion.
@Suite struct DisplayFormatRangeTests {
    @Test(arguments: [1e17, -1e27, 1e308, Double.greatestFiniteMagnitude, 9.1e15])
    func anyFiniteFigurePrints(value: Double) {
        for format in [DisplayFormat(.zh), DisplayFormat(.en)] {
            #expect(!format.measure(value).isEmpty)
            #expect(!format.amount(value).isEmpty)
            #expect(!format.percent(value).isEmpty)
            #expect(!format.duration(seconds: value).isEmpty)
        }
    }

    @Test func figuresBeyondExactDigitsReadInExponentForm() {
        #expect(DisplayFormat(.en).measure(1e17) == "1.0e+17")
        #expect(DisplayFormat(.zh).amount(1e27) == "1.0e+19亿")
        #expect(DisplayFormat(.en).measure(-2.5e300) == "-2.5e+300")
        #expect(DisplayFormat(.en).measure(1e15) == "1000000000000000")
    }

    @Test func aSparklineOverTheWholeDoubleRangeDraws() {
        var screen = Screen(width: 10, height: 1)
        Sparkline([-1e308, 1e308, 0, nil, 5]).render(in: Rect(x: 0, y: 0, width: 10, height: 1), on: &screen, glyphs: .unicode)
        #expect(screen.lines().count == 1)
    }
}
