/// Totals per period as bars with their scale and period labels, e.g. a customer's spend per month:
///
/// ```
///  20万┤          █
///  10万┤    ▃  █ ██
///     0└▁▁▃▁█▁▅█▇██
///       12 2  4  6  8 10
/// ```
///
/// At most `maximumRows` tall however tall the area is: a dozen bars taller than that tell nothing more, and the rows
/// are worth more to the lists around them. The scale runs from 0 to a round value over the largest bar.
public struct BarChart: Widget {
    public var values: [Double?]
    /// One per value, shown under its bar where there is room (every other, and so on, where there is not).
    public var labels: [String]
    /// How a tick value prints (`20万`, `2.0M`).
    public var tickText: @Sendable (Double) -> String
    public var maximumRows: Int

    /// Enough for four ticks a row apart and bars with eight steps per row.
    public static let defaultMaximumRows = 8

    public init(values: [Double?], labels: [String], maximumRows: Int = BarChart.defaultMaximumRows,
                tickText: @escaping @Sendable (Double) -> String) {
        self.values = values
        self.labels = labels
        self.tickText = tickText
        self.maximumRows = maximumRows
    }

    /// Rows the chart uses in an area of `height`: the bars (at most `maximumRows`) and the label row.
    public func rows(in height: Int) -> Int { min(height, maximumRows + 1) }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let area = area.intersection(screen.area)
        guard area.height >= 2, !values.isEmpty else { return }
        let box = Rect(x: area.x, y: area.y, width: area.width, height: rows(in: area.height))
        let barRows = box.height - 1
        let largest = values.compactMap { $0 }.filter(\.isFinite).max() ?? 0
        let ticks = ValueTicks(low: 0, high: max(largest, .leastNonzeroMagnitude), rows: barRows)
        let texts = ticks.values.map(tickText)
        let labelWidth = texts.map { DisplayWidth.width(of: $0) }.max() ?? 0
        let showsScale = area.width >= labelWidth + 1 + values.count
        let left = showsScale ? labelWidth + 1 : 0
        let bars = Rect(x: box.x + left, y: box.y, width: box.width - left, height: barRows)
        let perValue = max(1, bars.width / values.count)
        let used = Rect(x: bars.x, y: bars.y, width: min(bars.width, perValue * values.count), height: barRows)
        Sparkline(values, scale: .fixed(0...ticks.high), style: Style(.sparkline), stretches: true)
            .render(in: used, on: &screen, glyphs: glyphs)
        if showsScale {
            for (value, text) in zip(ticks.values, texts) {
                let y = bars.y + Int(((ticks.high - value) / ticks.high * Double(barRows - 1)).rounded())
                screen.put(DisplayWidth.pad(text, to: labelWidth, alignment: .right), at: box.x, y: y, style: Style(.muted))
                screen.set(value == 0 ? glyphs.bottomLeft : glyphs.teeRight, at: box.x + labelWidth, y: y, style: Style(.border))
            }
        }
        // Under each bar its label, skipping as many as it takes for the widest to fit with a column between.
        let widest = labels.map { DisplayWidth.width(of: $0) }.max() ?? 0
        let every = max(1, (widest + 1 + perValue - 1) / perValue)
        var free = used.x
        for (index, label) in labels.prefix(values.count).enumerated() where index % every == (values.count - 1) % every {
            let x = used.x + index * perValue
            guard x >= free, x < box.right else { continue }
            free = x + screen.put(label, at: x, y: box.bottom - 1, maxWidth: box.right - x, style: Style(.muted)) + 1
        }
    }
}
