import OneScreenCore

/// Series over time with their axes, drawn like a small Grafana panel:
///
/// ```
/// °C                                              last   5.3°C
///  8┤           ⢀⡇                                min    1.2°C
///  6┤           ⡸⢣                                max    7.9°C
///  4┤╌╌╌╌╌╌╌╌╌╌⢠⠃╌⢇╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌    mean   3.1°C
///  2┤⠤⠤⠔⠒⠒⠒⠒⠒⠒⠊    ⠑⠒⠒⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤    band   0–4°C
///   └──────┬───────────┬───────────┬──────────┬
///        02:00       04:00       06:00      08:00
/// ```
///
/// The y axis has three to six round ticks and the unit above them; the x axis round local times that fit the width.
/// The standard's band is drawn as its limit lines. Each point is a stroke from its low to its high, joined to the
/// next unless they lie further apart than the series usually does (a gap stays a gap). Beside the plot: the last
/// value and the range's min, max and mean, per series, and a legend above it when there is more than one.
public struct Chart: Widget {
    public var series: [ChartSeries]
    /// The range drawn, (from, through]; points outside it are left out.
    public var from: Instant
    public var through: Instant
    public var unit: String
    /// The band's limits; either may be open.
    public var bandLow: Double?
    public var bandHigh: Double?
    public var language: Language
    public var utcOffset: Int
    public var showsStats: Bool
    /// Braille or ASCII; nil takes the glyph set's.
    public var marks: ChartMarks?

    public init(series: [ChartSeries], from: Instant, through: Instant, unit: String = "", bandLow: Double? = nil,
                bandHigh: Double? = nil, language: Language, utcOffset: Int, showsStats: Bool = true,
                marks: ChartMarks? = nil) {
        self.series = series
        self.from = from
        self.through = through
        self.unit = unit
        self.bandLow = bandLow
        self.bandHigh = bandHigh
        self.language = language
        self.utcOffset = utcOffset
        self.showsStats = showsStats
        self.marks = marks
    }

    /// Points further apart than this many times the series' usual spacing are not joined.
    static let gapFactor = 2.5
    /// The usual spacing is the one this share of steps stays within: a feed that samples faster during an
    /// excursion (or a bucket per minute there and per hour elsewhere) must not turn its normal pace into gaps.
    static let usualStepQuantile = 0.9

    /// Where each part goes in `area`.
    public func layout(in area: Rect) -> ChartLayout {
        let stats = showsStats ? statsLines(glyphs: .ascii) : []
        let statsWidth = stats.map { DisplayWidth.width(of: $0.text) }.max() ?? 0
        return ChartLayout(area: area, from: from, through: through, labelWidth: { rows in
            guard rows > 0 else { return 0 }
            let ticks = self.ticks(rows: rows, marks: .braille)
            return ticks.values.map { DisplayWidth.width(of: ticks.label($0)) }.max() ?? 0
        }, statsWidth: statsWidth)
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let area = area.intersection(screen.area)
        guard !area.isEmpty else { return }
        screen.fill(area)
        let marks = self.marks ?? glyphs.chartMarks
        let layout = layout(in: area)
        let plot = layout.plot
        let ticks = self.ticks(rows: plot.height, marks: marks)
        let rows = plot.height * marks.rows
        func dotRow(_ value: Double) -> Int {
            let ratio = (ticks.high - value) / max(ticks.high - ticks.low, .leastNonzeroMagnitude)
            return min(max(0, Int((ratio * Double(rows - 1)).rounded())), max(0, rows - 1))
        }
        drawHeader(layout, glyphs: glyphs, marks: marks, on: &screen)
        if let axis = layout.axisColumn {
            let tickRows = Dictionary(ticks.values.map { (plot.y + dotRow($0) / marks.rows, $0) }, uniquingKeysWith: { a, _ in a })
            for y in plot.y..<plot.bottom {
                let value = tickRows[y]
                screen.set(value == nil ? glyphs.vertical : glyphs.teeRight, at: axis, y: y, style: Style(.border))
                if let value {
                    let text = ticks.label(value)
                    screen.put(DisplayWidth.pad(text, to: layout.yLabels.width, alignment: .right), at: layout.yLabels.x, y: y,
                               maxWidth: layout.yLabels.width, style: Style(.muted))
                }
            }
        }
        guard !plot.isEmpty else { return drawStats(layout, glyphs: glyphs, on: &screen) }
        for limit in [bandLow, bandHigh].compactMap({ $0 }) {
            let y = plot.y + dotRow(limit) / marks.rows
            screen.fill(Rect(x: plot.x, y: y, width: plot.width, height: 1), with: glyphs.isUnicode ? "╌" : "-", style: Style(.warn))
        }
        var grid = DotGrid(width: plot.width, height: plot.height, marks: marks)
        for (index, line) in series.enumerated() { draw(line, index: index, on: &grid, dotRow: dotRow) }
        for y in 0..<plot.height {
            for x in 0..<plot.width where grid.isSet(cell: x, y) {
                let owner = series[grid.owner(cell: x, y)]
                let symbol = marks == .braille ? grid.braille(cell: x, y) : owner.asciiMark
                screen.set(symbol, at: plot.x + x, y: plot.y + y, style: Style(owner.role))
            }
        }
        drawTimeAxis(layout, glyphs: glyphs, on: &screen)
        drawStats(layout, glyphs: glyphs, on: &screen)
    }

    /// The y scale over every point shown and the band's limits, with a label for at most every row.
    func ticks(rows: Int, marks: ChartMarks) -> ValueTicks {
        let shown = series.flatMap { $0.points.filter { $0.isFinite && $0.time > from && $0.time <= through } }
        let lows = shown.map(\.low) + [bandLow, bandHigh].compactMap { $0 }
        let highs = shown.map(\.high) + [bandLow, bandHigh].compactMap { $0 }
        return ValueTicks(low: lows.min() ?? 0, high: highs.max() ?? 1, rows: rows)
    }

    private func draw(_ line: ChartSeries, index: Int, on grid: inout DotGrid, dotRow: (Double) -> Int) {
        let points = line.points.filter { $0.isFinite && $0.time > from && $0.time <= through }
        let gap = Self.gap(in: points)
        let span = Double(max(1, through.millis - from.millis))
        let bottom = grid.dotRows - 1
        func dotColumn(_ time: Instant) -> Int {
            min(grid.dotColumns - 1, Int(Double(time.millis - from.millis) / span * Double(grid.dotColumns)))
        }
        var previous: (x: Int, y: Int, time: Instant)?
        for point in points {
            let x = dotColumn(point.time), y = dotRow(point.value)
            grid.stroke(x, from: dotRow(point.high), to: dotRow(point.low), series: index)
            if let last = previous, point.time.millis - last.time.millis <= gap {
                grid.line(from: (last.x, last.y), to: (x, y), series: index)
                if line.kind == .area, x > last.x {
                    for column in last.x...x {
                        let top = last.y + Int((Double((y - last.y) * (column - last.x)) / Double(x - last.x)).rounded())
                        grid.stroke(column, from: top, to: bottom, series: index)
                    }
                }
            } else {
                grid.set(x, y, series: index)
            }
            if line.kind == .area { grid.stroke(x, from: y, to: bottom, series: index) }
            previous = (x, y, point.time)
        }
    }

    /// The longest step between two points that is still joined: a multiple of the usual step.
    static func gap(in points: [ChartPoint]) -> Int64 {
        let steps = zip(points.dropFirst(), points).map { $0.time.millis - $1.time.millis }.sorted()
        guard !steps.isEmpty else { return 0 }
        let usual = steps[min(steps.count - 1, Int(Double(steps.count - 1) * usualStepQuantile))]
        return Int64(Double(usual) * gapFactor)
    }

    /// The unit over the y labels, then the legend when several series share the chart.
    private func drawHeader(_ layout: ChartLayout, glyphs: Glyphs, marks: ChartMarks, on screen: inout Screen) {
        let row = layout.header
        guard !row.isEmpty else { return }
        var x = row.x + screen.put(unit, at: row.x, y: row.y, maxWidth: row.width, style: Style(.muted))
        guard series.count > 1 else { return }
        for line in series {
            x += 2
            guard x < row.right else { return }
            let mark = marks == .braille ? "⣿" : String(line.asciiMark)
            x += screen.put(mark, at: x, y: row.y, maxWidth: row.right - x, style: Style(line.role))
            x += screen.put(" " + line.name, at: x, y: row.y, maxWidth: row.right - x, style: .plain)
        }
    }

    private func drawTimeAxis(_ layout: ChartLayout, glyphs: Glyphs, on screen: inout Screen) {
        let plot = layout.plot
        let ticks = TimeTicks(from: from, through: through, columns: plot.width, utcOffset: utcOffset).ticks
        if let row = layout.axisRow {
            screen.fill(Rect(x: plot.x, y: row, width: plot.width, height: 1), with: glyphs.horizontal, style: Style(.border))
            if let axis = layout.axisColumn { screen.set(glyphs.bottomLeft, at: axis, y: row, style: Style(.border)) }
            for tick in ticks {
                if let x = layout.column(of: tick.time) { screen.set(glyphs.isUnicode ? "┬" : "+", at: x, y: row, style: Style(.border)) }
            }
        }
        guard let row = layout.labelRow else { return }
        // Centred under their tick, kept inside the chart, and left out rather than overlapping the one before.
        let left = layout.yLabels.x, right = plot.right
        var free = left
        for tick in ticks {
            guard let x = layout.column(of: tick.time) else { continue }
            let width = DisplayWidth.width(of: tick.text)
            let start = min(max(x - width / 2, free, left), right - width)
            guard start >= free else { continue }
            screen.put(tick.text, at: start, y: row, maxWidth: right - start, style: Style(.muted))
            free = start + width + 1
        }
    }

    private func drawStats(_ layout: ChartLayout, glyphs: Glyphs, on screen: inout Screen) {
        let area = layout.stats
        guard !area.isEmpty else { return }
        for (row, line) in statsLines(glyphs: glyphs).prefix(area.height).enumerated() {
            screen.put(DisplayWidth.fit(line.text, to: area.width, ellipsis: glyphs.ellipsis), at: area.x, y: area.y + row,
                       maxWidth: area.width, style: line.style)
        }
    }

    /// Per series: its name when there are several, then last, min, max and mean; the band last.
    func statsLines(glyphs: Glyphs) -> [(text: String, style: Style)] {
        let strings = Strings(language)
        let format = DisplayFormat(language)
        let words = [strings.chartLast, strings.chartMin, strings.chartMax, strings.chartMean, strings.chartBand]
        let wordWidth = words.map { DisplayWidth.width(of: $0) }.max() ?? 0
        func line(_ word: String, _ value: String) -> String { DisplayWidth.pad(word, to: wordWidth) + " " + value }
        var lines: [(String, Style)] = []
        for line in series {
            let points = line.points.filter { $0.isFinite && $0.time > from && $0.time <= through }
            if series.count > 1 { lines.append((line.name, Style(line.role, .bold))) }
            func value(_ number: Double?) -> String { number.map { format.reading($0, unit: unit) } ?? DisplayFormat.missing }
            let weight = points.reduce(0) { $0 + max(1, $1.weight) }
            let mean = points.isEmpty ? nil : points.reduce(0) { $0 + $1.value * Double(max(1, $1.weight)) } / Double(weight)
            let last = line.latest ?? points.last?.value
            lines.append((self.line(strings.chartLast, value(last), wordWidth), Style(.title, .bold)))
            lines.append((self.line(strings.chartMin, value(points.map(\.low).min()), wordWidth), .plain))
            lines.append((self.line(strings.chartMax, value(points.map(\.high).max()), wordWidth), .plain))
            lines.append((self.line(strings.chartMean, value(mean), wordWidth), .plain))
        }
        if bandLow != nil || bandHigh != nil {
            lines.append((self.line(strings.chartBand, format.band(min: bandLow, max: bandHigh, unit: unit, glyphs: glyphs), wordWidth),
                          Style(.warn)))
        }
        return lines
    }

    private func line(_ word: String, _ value: String, _ wordWidth: Int) -> String {
        DisplayWidth.pad(word, to: wordWidth) + " " + value
    }
}
