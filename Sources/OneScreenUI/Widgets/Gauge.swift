/// A one-row bar: label, the bar with the target band bracketed, and the value as text, e.g.
///
/// ```
/// 配送 ██████████▌░░[░░░]  72.5%
/// ```
///
/// The bar fills with `ok` when the value is inside the band and `warn` outside it (or a given role); the brackets
/// and the printed value make it readable without colour.
public struct Gauge: Widget {
    public var label: String
    public var value: Double
    /// The values at the empty and full ends of the bar.
    public var range: ClosedRange<Double>
    /// The target band, in the same units as `value`.
    public var band: ClosedRange<Double>?
    /// Printed at the right; `nil` prints the position in `range` as a percentage.
    public var valueText: String?
    /// Overrides the fill role chosen from the band.
    public var role: ThemeRole?
    /// Columns for the label, to line up several gauges; `nil` uses the label's own width.
    public var labelWidth: Int?
    public var labelStyle: Style

    public init(label: String = "", value: Double, range: ClosedRange<Double> = 0...1,
                band: ClosedRange<Double>? = nil, valueText: String? = nil, role: ThemeRole? = nil,
                labelWidth: Int? = nil, labelStyle: Style = .plain) {
        self.label = label
        self.labelStyle = labelStyle
        self.value = value
        self.range = range
        self.band = band
        self.valueText = valueText
        self.role = role
        self.labelWidth = labelWidth
    }

    /// Where `value` sits in `range`, 0…1; a value that is not a number shows as an empty bar.
    public var ratio: Double { position(of: value) }

    public var fillRole: ThemeRole {
        if let role { return role }
        guard let band else { return .accent }
        return band.contains(value) ? .ok : .warn
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let y = area.y
        let text = valueText ?? Self.percent(ratio)
        let textWidth = DisplayWidth.width(of: text)
        // The number matters most, then the bar, then the label.
        let textColumns = textWidth <= area.width ? textWidth : 0
        let afterText = area.width - textColumns - (textColumns > 0 ? 1 : 0)
        let wantedLabel = label.isEmpty ? 0 : labelWidth ?? DisplayWidth.width(of: label)
        let labelColumns = min(wantedLabel, afterText / 2) >= 2 ? min(wantedLabel, afterText / 2) : 0
        let barColumns = afterText - labelColumns - (labelColumns > 0 ? 1 : 0)

        if labelColumns > 0 {
            screen.put(DisplayWidth.fit(label, to: labelColumns, ellipsis: glyphs.ellipsis),
                       at: area.x, y: y, maxWidth: labelColumns, style: labelStyle)
        }
        if barColumns > 0 {
            drawBar(at: area.right - textColumns - (textColumns > 0 ? 1 : 0) - barColumns, y: y,
                    columns: barColumns, on: &screen, glyphs: glyphs)
        }
        if textColumns > 0 {
            screen.put(text, at: area.right - textColumns, y: y, style: Style(fillRole, .bold))
        }
    }

    private func drawBar(at x: Int, y: Int, columns: Int, on screen: inout Screen, glyphs: Glyphs) {
        let fill = Style(fillRole)
        let track = Style(.muted)
        let full: Int
        var partial = 0
        if glyphs.barPartials.isEmpty {
            full = Int((ratio * Double(columns)).rounded())
        } else {
            let eighths = Int((ratio * Double(columns) * 8).rounded())
            full = eighths / 8
            partial = eighths % 8
        }
        for column in 0..<columns {
            if column < full {
                screen.set(glyphs.barFull, at: x + column, y: y, style: fill)
            } else if column == full, partial > 0 {
                screen.set(glyphs.barPartials[partial - 1], at: x + column, y: y, style: fill)
            } else {
                screen.set(glyphs.barEmpty, at: x + column, y: y, style: track)
            }
        }
        // Brackets over the band's first and last cells; kept two cells apart at least, so both always show.
        guard let band, columns >= 2 else { return }
        let start = min(Int((position(of: band.lowerBound) * Double(columns)).rounded(.down)), columns - 2)
        let end = max(Int((position(of: band.upperBound) * Double(columns)).rounded(.up)) - 1, start + 1)
        screen.set(glyphs.bandStart, at: x + start, y: y, style: Style(.accent))
        screen.set(glyphs.bandEnd, at: x + min(end, columns - 1), y: y, style: Style(.accent))
    }

    private func position(of number: Double) -> Double {
        guard number.isFinite else { return 0 }
        let span = range.upperBound - range.lowerBound
        guard span > 0 else { return number >= range.upperBound ? 1 : 0 }
        return min(max((number - range.lowerBound) / span, 0), 1)
    }

    /// `0.975` → `97.5%`, with one decimal: enough to tell 99.9% from 100%, without Foundation's formatters.
    static func percent(_ ratio: Double) -> String {
        let tenths = Int((ratio * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
