/// A series drawn as block heights, `▁▂▃▅▇`, newest at the right edge so "now" is in the same place at every width.
/// It shows the most recent values that fit; a missing reading (`nil`, or not a finite number) is a blank column,
/// so a gap in the data stays visible instead of being bridged. Taller areas give finer steps (8 per row).
public struct Sparkline: Widget {
    /// How values map to heights.
    public enum Scale: Sendable, Hashable {
        /// From the lowest to the highest value shown.
        case auto
        /// A fixed band (e.g. 0...100 for a rate), so series drawn side by side compare; values outside are clamped.
        case fixed(ClosedRange<Double>)
    }

    public var values: [Double?]
    public var scale: Scale
    public var style: Style
    /// Widen each value to as many whole columns as the area allows, so 24 hours fill a wall screen's pane instead of
    /// a corner of it; every value gets the same width, so the time axis stays even.
    public var stretches: Bool

    public init(_ values: [Double?], scale: Scale = .auto, style: Style = Style(.sparkline), stretches: Bool = false) {
        self.values = values
        self.scale = scale
        self.style = style
        self.stretches = stretches
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty, !values.isEmpty, !glyphs.sparkline.isEmpty else { return }
        let columnsPerValue = stretches ? max(1, area.width / values.count) : 1
        let shown = values.suffix(area.width / columnsPerValue).map { value in value.flatMap { $0.isFinite ? $0 : nil } }
        let steps = glyphs.sparkline.count
        let levels = area.height * steps
        let bounds = range(of: shown)
        var x = area.right - shown.count * columnsPerValue
        for value in shown {
            defer { x += columnsPerValue }
            guard let value else { continue }
            var level = self.level(of: value, in: bounds, levels: levels)
            var y = area.bottom - 1
            while level > 0, y >= area.y {
                for column in x..<(x + columnsPerValue) {
                    screen.set(glyphs.sparkline[min(level, steps) - 1], at: column, y: y, style: style)
                }
                level -= steps
                y -= 1
            }
        }
    }

    private func range(of values: [Double?]) -> ClosedRange<Double>? {
        switch scale {
        case .fixed(let band):
            return band
        case .auto:
            let present = values.compactMap { $0 }
            guard let low = present.min(), let high = present.max() else { return nil }
            return low...high
        }
    }

    /// 1 (lowest) … `levels` (highest): every present value shows at least the lowest block. A flat series sits at
    /// half height, which reads as "steady" rather than "at the floor".
    private func level(of value: Double, in bounds: ClosedRange<Double>?, levels: Int) -> Int {
        guard let bounds, bounds.upperBound > bounds.lowerBound else { return (levels + 1) / 2 }
        let ratio = (min(max(value, bounds.lowerBound), bounds.upperBound) - bounds.lowerBound)
            / (bounds.upperBound - bounds.lowerBound)
        // Bounds a span of ±1e308 apart overflow to infinity, and the ratio with them to NaN: such a value sits low.
        guard ratio.isFinite else { return 1 }
        return 1 + Int((ratio * Double(levels - 1)).rounded())
    }
}
