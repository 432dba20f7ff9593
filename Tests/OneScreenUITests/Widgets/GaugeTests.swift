import Testing
@testable import OneScreenUI

@Suite("Gauge")
struct GaugeTests {
    @Test("label, a bar with eighths, the value; all lined up by display width")
    func bar() {
        #expect(render(Gauge(label: "配送", value: 0.5, valueText: "50.0%"), width: 20, height: 1) == [
            "配送 ████▌░░░░ 50.0%",
        ])
        #expect(render(Gauge(label: "配送", value: 0.5, valueText: "50.0%"), width: 20, height: 1, glyphs: .ascii) == [
            "配送 #####.... 50.0%",
        ])
    }

    @Test("the target band is bracketed, and the fill says whether the value is inside it")
    func band() {
        var screen = Screen(width: 10, height: 1)
        let outside = Gauge(value: 0.5, band: 0.8...1)
        outside.render(in: screen.area, on: &screen, glyphs: .unicode)
        #expect(screen.lines() == ["██[] 50.0%"])
        #expect(outside.fillRole == .warn && screen[0, 0].style == Style(.warn))
        #expect(Gauge(value: 0.9, band: 0.8...1).fillRole == .ok)
        #expect(render(Gauge(value: 0.25, range: 0...1, band: 0.25...0.75), width: 14, height: 1) == [
            "██[░░]░░ 25.0%",
        ])
    }

    @Test("the number wins the room, then the bar, then the label")
    func priorities() {
        #expect(render(Gauge(label: "合规率", value: 0.973, valueText: "97.3%"), width: 9, height: 1) == ["██▉ 97.3%"])
        #expect(render(Gauge(label: "合规率", value: 0.973, valueText: "97.3%"), width: 5, height: 1) == ["97.3%"])
    }

    @Test("values outside the range or not a number are clamped")
    func clamped() {
        #expect(Gauge(value: 7, range: 0...1).ratio == 1)
        #expect(Gauge(value: -1).ratio == 0)
        #expect(Gauge(value: .nan).ratio == 0)
    }

    @Test("0x0 and 1x1", arguments: [(0, 0), (1, 1)])
    func tiny(width: Int, height: Int) {
        let lines = render(Gauge(label: "质量", value: 0.5), width: width, height: height)
        #expect(lines.count == height && lines.allSatisfy { DisplayWidth.width(of: $0) == width })
    }
}
