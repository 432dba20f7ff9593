/// One part of a `BreakdownSection`: a label in two lengths, the figure as a number (for the bar) and as text.
public struct BreakdownItem: Sendable, Hashable {
    public var label: String
    /// Used when the long labels would push figures off the rows the section has.
    public var shortLabel: String
    public var value: Double
    public var valueText: String
    public var labelStyle: Style
    public var valueStyle: Style
    /// The bar's colour on a wall screen.
    public var barRole: ThemeRole

    public init(label: String, shortLabel: String? = nil, value: Double, valueText: String,
                labelStyle: Style = Style(.muted), valueStyle: Style = .plain, barRole: ThemeRole = .accent) {
        self.label = label
        self.shortLabel = shortLabel ?? label
        self.value = value
        self.valueText = valueText
        self.labelStyle = labelStyle
        self.valueStyle = valueStyle
        self.barRole = barRole
    }
}
