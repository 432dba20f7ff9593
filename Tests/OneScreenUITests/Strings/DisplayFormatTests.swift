import OneScreenCore
import Testing
@testable import OneScreenUI

@Suite("Display format")
struct DisplayFormatTests {
    static let zh = DisplayFormat(.zh)
    static let en = DisplayFormat(.en)

    @Test("amounts in 万 and 亿, or k, M and B, rounded before the unit is chosen", arguments: [
        (12_345_000.0, "1234.5万", "12.3M"),
        (320_000_000, "3.2亿", "320.0M"),
        (99_999_999, "1.0亿", "100.0M"),
        (8_500, "8500", "8.5k"),
        (999_960, "100.0万", "1.0M"),
        (3_200_000_000, "32.0亿", "3.2B"),
        (950, "950", "950"),
        (999_950, "100.0万", "1.0M"),
        (0, "0", "0"),
        (-1_250_000, "-125.0万", "-1.3M"),
    ])
    func amounts(value: Double, chinese: String, english: String) {
        #expect(Self.zh.amount(value) == chinese)
        #expect(Self.en.amount(value) == english)
    }

    @Test("percentages with one decimal; nothing to judge is a dash, never 0%")
    func percent() {
        #expect(Self.zh.percent(12_340.0 / 12_682.0) == "97.3%")
        #expect(Self.en.percent(1) == "100.0%")
        #expect(Self.en.percent(0.0004) == "0.0%")
        #expect(Self.en.percent(nil) == "-" && Self.en.percent(.nan) == "-")
    }

    static let durationCases: [(seconds: Double, chinese: String, english: String)] = [
        (11_520, "3小时12分", "3h12m"),
        (187_259, "2天4小时", "2d4h"),
        (86_400, "1天", "1d"),
        (3600, "1小时", "1h"),
        (2_850, "47分", "47m"),
        (45, "45秒", "45s"),
        (-5, "0秒", "0s"),
    ]

    @Test("durations to the two largest units", arguments: durationCases)
    func durations(seconds: Double, chinese: String, english: String) {
        #expect(Self.zh.duration(seconds: seconds) == chinese)
        #expect(Self.en.duration(seconds: seconds) == english)
    }

    @Test("dates, the clock at an offset, counts")
    func datesAndClock() {
        let day = CalendarDay(year: 2026, month: 12, day: 2)!
        #expect(Self.zh.date(day) == "12月2日" && Self.en.date(day) == "Dec 2")
        let instant = CalendarDay(year: 2026, month: 11, day: 23)!.start(utcOffset: 0).adding(seconds: 23 * 3600 + 30 * 60)
        #expect(Self.zh.clock(instant, utcOffset: 8 * 3600) == "07:30")
        #expect(Self.en.dateTime(instant, utcOffset: 8 * 3600) == "2026-11-24 07:30")
        #expect(Self.en.clock(Instant(millis: -1), utcOffset: 0) == "23:59")
        #expect(Self.zh.count(1_234_567) == "1,234,567" && Self.en.count(-1_000) == "-1,000" && Self.en.count(12) == "12")
    }

    @Test("readings keep up to two decimals; bands use the glyph set's signs")
    func measures() {
        let measured = [2.45, 8.6, 2_500, -18, 0.004, 2.999].map { Self.en.measure($0) }
        #expect(measured == ["2.45", "8.6", "2500", "-18", "0", "3"])
        #expect(Self.en.band(min: 2.45, max: 2.55, glyphs: .unicode) == "2.45–2.55")
        #expect(Self.en.band(min: nil, max: -18, glyphs: .unicode) == "≤-18")
        #expect(Self.en.band(min: 75, max: nil, glyphs: .ascii) == ">=75")
        #expect(Self.en.band(min: 0, max: 4, glyphs: .ascii) == "0..4")
    }

    @Test("a door's reading and band are its state in words, never 1 run into its unit 0/1")
    func twoState() {
        let unicode = Glyphs.unicode
        #expect(Self.zh.reading(1, unit: "0/1") == "开" && Self.zh.reading(0, unit: "0/1") == "关")
        #expect(Self.en.reading(1, unit: "0/1") == "open" && Self.en.reading(0, unit: "0/1") == "closed")
        #expect(Self.zh.band(min: nil, max: 0, unit: "0/1", glyphs: unicode) == "关")
        #expect(Self.en.band(min: 1, max: nil, unit: "0/1", glyphs: unicode) == "open")
        #expect(Self.en.readings(lowest: 0, highest: 1, unit: "0/1", glyphs: .ascii) == "closed..open")
        // Other units follow the figure, once.
        #expect(Self.en.reading(8.6, unit: "℃") == "8.6℃")
        #expect(Self.en.band(min: 0, max: 4, unit: "℃", glyphs: unicode) == "0–4℃")
        #expect(Self.en.band(min: nil, max: nil, unit: "℃", glyphs: unicode) == "-")
        #expect(Self.zh.readings(lowest: 2, highest: 8.6, unit: "℃", glyphs: unicode) == "2–8.6℃")
        #expect(Self.zh.readings(lowest: 3, highest: 3, unit: "℃", glyphs: unicode) == "3℃")
    }
}
