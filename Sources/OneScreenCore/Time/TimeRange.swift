/// How far back a chart or a compliance window looks: the ranges a time picker offers (Grafana's quick ranges),
/// `1h` to `1y`. The raw value is how the command line and the status bar write it (`--range 7d`).
public enum TimeRange: String, CaseIterable, Sendable, Hashable, Codable {
    case hour = "1h"
    case sixHours = "6h"
    case day = "24h"
    case week = "7d"
    case month = "30d"
    case quarter = "90d"
    case year = "1y"

    /// The compliance windows' range when nothing else was chosen: the blueprint's 24-hour history per stage.
    public static let standard = TimeRange.day

    public var seconds: Int64 {
        switch self {
        case .hour: 3_600
        case .sixHours: 6 * 3_600
        case .day: 86_400
        case .week: 7 * 86_400
        case .month: 30 * 86_400
        case .quarter: 90 * 86_400
        case .year: 365 * 86_400
        }
    }

    public var millis: Int64 { seconds * 1000 }

    /// The width of one point of a series over this range: a few hundred points, enough for the two dots per column
    /// of a 200-column chart, so a read never carries more than the widest screen can draw. Widths of an hour and
    /// more are whole hours, so they are read exactly from the hour rollups; a day is a calendar day.
    public var bucketSeconds: Int64 {
        switch self {
        case .hour: 10
        case .sixHours: 60
        case .day: 5 * 60
        case .week: 30 * 60
        case .month: 2 * 3_600
        case .quarter: 6 * 3_600
        case .year: 86_400
        }
    }

    /// Compliance under a chart is counted per clock hour up to a day, per calendar day beyond: 24 to 365 slots
    /// either way, read from the hour rollups.
    public var complianceSlotSeconds: Int64 { self <= .day ? 3_600 : 86_400 }

    /// The next range out (`]`, `+`), or nil at a year.
    public var wider: TimeRange? { Self.allCases.firstIndex(of: self).flatMap { Self.allCases.dropFirst($0 + 1).first } }

    /// The next range in (`[`, `-`), or nil at an hour.
    public var narrower: TimeRange? { Self.allCases.firstIndex(of: self).flatMap { $0 > 0 ? Self.allCases[$0 - 1] : nil } }

    /// The hours of one slot of a compliance trend over this range (the overview's stage sparklines, the quality
    /// page's rows): 24 slots at most, so the trend fits the same columns whatever the range; an hour each up to a
    /// day, 7 h each over a week, 15 days each over a year.
    public var trendSlotHours: Int { max(1, Int(seconds / 3600) / Self.maximumTrendSlots) }
    public var trendSlots: Int { Int(seconds / 3600) / trendSlotHours }
    public static let maximumTrendSlots = 24

    /// How far `←` / `→` move a chart: half its range, so what was at one edge is in the middle after a step.
    public var panMillis: Int64 { millis / 2 }
}

extension TimeRange: Comparable {
    public static func < (a: TimeRange, b: TimeRange) -> Bool { a.seconds < b.seconds }
}
