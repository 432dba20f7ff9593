/// One piece of the status bar: last refresh, data freshness, the theme in use.
public struct StatusSegment: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// For stale data and the like: critical, bold and in reverse video, so it cannot be missed on any theme, in
    /// colour or not. Put such segments first; the bar cuts from the right when it runs out of room.
    public static func alarm(_ text: String) -> StatusSegment {
        StatusSegment(text, style: HealthStatus.critical.style)
    }
}
