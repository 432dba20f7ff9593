/// One figure of a `TallyGrid`: a short label and its value, each in its own style (a level in its level colour, a
/// non-zero risk count in `critical`).
public struct TallyItem: Sendable, Hashable {
    public var label: String
    public var value: String
    public var labelStyle: Style
    public var valueStyle: Style

    public init(_ label: String, _ value: String, labelStyle: Style = Style(.muted), valueStyle: Style = .plain) {
        self.label = label
        self.value = value
        self.labelStyle = labelStyle
        self.valueStyle = valueStyle
    }
}
