import Foundation
import OneScreenCore
import Testing
@testable import OneScreenUI

/// The series page drawn from a snapshot: the chart with its band and marks, the compliance strip, the alerts and
/// lots; every row its width at every size in both languages; help listing every key of the page.
@Suite struct SeriesPageTests {
    static let request = SeriesRequest(site: "沪A·冷链07", metric: "cold.temp", range: .day)

    static var snapshot: SeriesSnapshot {
        let now = PageFixture.now
        let from = now.adding(seconds: -86_400)
        let points = (1...288).map { index -> SeriesBucket in
            let time = from.adding(seconds: Double(index) * 300)
            let value = index > 250 && index < 270 ? 6.5 : 2 + sin(Double(index) / 20)
            return SeriesBucket(time: time, count: 5, inside: value > 4 ? 0 : 5, mean: value, low: value - 0.2, high: value + 0.2)
        }
        let alert = AlertRecord(id: 42, fingerprint: "f", rule: "standard/STD-COLD", level: .businessAnomaly, state: .firing,
                                subject: request.subject, message: "冷链车厢温度 6.5°C 超出 0–4°C",
                                firstSeen: points[255].time, lastSeen: points[268].time)
        let slots = (0...24).map { hour in
            ComplianceSlot(end: Instant(millis: (from.millis / 3_600_000 + Int64(hour) + 1) * 3_600_000), inside: hour > 21 ? 30 : 60, total: 60)
        }
        return SeriesSnapshot(
            request: request, name: "冷链车厢温度", stage: .transport, unit: "°C", min: 0, max: 4, from: from, through: now,
            bucketSeconds: 300, resolution: .raw, points: points, latest: points.last, alerts: [alert],
            lots: [SeriesLot(id: "L20261117-008", product: "冰鲜鸡胸肉", arrived: points[100].time, left: points[200].time)],
            complianceSlotSeconds: 3600, compliance: slots)
    }

    func render(width: Int, height: Int, language: Language, help: Bool = false, glyphs: Glyphs = .unicode) -> [String] {
        var navigation = Navigation(page: .quality)
        navigation.series = Self.request.subject
        navigation.showsHelp = help
        let view = PageView(snapshot: PageFixture.snapshot(.series(Self.snapshot)), navigation: navigation, language: language, role: "executive")
        return view.screen(width: width, height: height, glyphs: glyphs).lines()
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)], [Language.zh, .en])
    func everyPartShowsAndEveryRowIsItsWidth(size: (Int, Int), language: Language) {
        let lines = render(width: size.0, height: size.1, language: language)
        #expect(lines.count == size.1)
        for line in lines { #expect(DisplayWidth.width(of: line) == size.0, "\(size) \(language): \(line)") }
        let text = lines.joined(separator: "\n")
        #expect(text.contains("冷链车厢温度") && text.contains("°C") && text.contains("╌╌"))
        let axis = lines.firstIndex { $0.contains("└─") } ?? 0
        #expect(lines[axis].contains("▲") && lines[axis].contains("━"), "alert and out-of-band marks on the time axis")
        #expect(text.contains(language == .zh ? "24h · 实时" : "24h · live"))
        #expect(text.contains("L20261117-008") && text.contains("L3"))
    }

    @Test(arguments: [Language.zh, .en])
    func helpListsEveryKeyOfTheSeriesPage(language: Language) {
        let help = render(width: 120, height: 40, language: language, help: true).joined(separator: "\n")
        for key in ["[ ] - +", "0 ", "← → h l", "Esc Bksp", "1-7", "? ", "q ", "r ", "p ", "t "] {
            #expect(help.contains("│ \(key)"), "\(language): \(key)")
        }
    }

    @Test func asciiWhereBrailleIsUnavailable() {
        let lines = render(width: 120, height: 40, language: .en, glyphs: .ascii)
        #expect(!lines.joined().unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
        #expect(lines.contains { $0.contains("*") } && lines.contains { $0.contains("^") })
    }
}
