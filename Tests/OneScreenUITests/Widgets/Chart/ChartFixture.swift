import Foundation
import OneScreenCore
@testable import OneScreenUI

/// The known series the chart tests draw, over one day from 2026-11-19 16:00 (+08:00), a point every 10 minutes.
enum ChartFixture {
    static let utcOffset = 8 * 3600
    static let from = Instant(millis: (1_795_104_000 - 28_800) * 1000)
    static let through = from.adding(seconds: 86_400)
    static let step: Int64 = 600_000

    static func times() -> [Instant] {
        (1...144).map { Instant(millis: from.millis + Int64($0) * step) }
    }

    /// One full period of a sine between -1 and 1.
    static var sine: [ChartPoint] {
        times().enumerated().map { index, time in ChartPoint(time: time, value: sin(Double(index) / 143 * 2 * .pi)) }
    }

    /// 2 for the first half of the day, 6 for the second.
    static var step2to6: [ChartPoint] {
        times().enumerated().map { index, time in ChartPoint(time: time, value: index < 72 ? 2 : 6) }
    }

    /// The sine with no readings for six hours, from 22:10 to 04:10.
    static var withGap: [ChartPoint] {
        sine.enumerated().filter { !(36..<72).contains($0.offset) }.map(\.element)
    }

    static var flat: [ChartPoint] { times().map { ChartPoint(time: $0, value: 3.5) } }

    /// 3 throughout but one point, at 10:00, that reaches 9.
    static var spike: [ChartPoint] {
        times().enumerated().map { index, time in ChartPoint(time: time, value: 3, high: index == 107 ? 9 : 3) }
    }

    static let all: [(name: String, points: [ChartPoint])] = [
        ("sine", sine), ("step", step2to6), ("gaps", withGap), ("flat", flat), ("spike", spike),
    ]

    static func chart(_ points: [ChartPoint], language: Language, unit: String = "°C", band: (Double?, Double?) = (nil, nil)) -> Chart {
        Chart(series: [ChartSeries("t", points: points)], from: from, through: through, unit: unit,
              bandLow: band.0, bandHigh: band.1, language: language, utcOffset: utcOffset)
    }
}
