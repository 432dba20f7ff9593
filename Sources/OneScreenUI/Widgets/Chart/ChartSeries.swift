/// One line (or area) of a chart: its name for the legend, its points oldest first, and how it is told apart from the
/// others, by colour where there is colour and by its ASCII mark where there is not.
public struct ChartSeries: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A line through the points, each point's low–high stroke drawn across it.
        case line
        /// The line with everything below it filled, down to the chart's floor.
        case area
    }

    public var name: String
    public var points: [ChartPoint]
    public var kind: Kind
    public var role: ThemeRole
    /// Drawn for every dot of this series in ASCII charts (`LANG=C`, the mono theme).
    public var asciiMark: Character
    /// The value printed as "last", when it is not the last point's (a reading newer than the last bucket).
    public var latest: Double?

    public init(_ name: String, points: [ChartPoint], kind: Kind = .line, role: ThemeRole = .sparkline,
                asciiMark: Character = "*", latest: Double? = nil) {
        self.name = name
        self.points = points
        self.kind = kind
        self.role = role
        self.asciiMark = asciiMark
        self.latest = latest
    }

    /// Colours and marks for the series of one chart, in legend order: the second series differs from the first
    /// by its colour and its mark both.
    public static let palette: [(role: ThemeRole, mark: Character)] = [
        (.sparkline, "*"), (.level4, "o"), (.ok, "+"), (.warn, "x"),
    ]
}
