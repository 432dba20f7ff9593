/// A change against the previous period, e.g. `▲ 1.2%`. Whether up is good depends on the figure (compliance up is
/// good, open issues up is not), so the caller says; that picks `ok` or `warn`, and the arrow carries the direction
/// without colour (`+`/`-` in ASCII).
public struct Trend: Sendable, Hashable {
    public enum Direction: Sendable, Hashable {
        case up
        case down
        case flat
    }

    public var text: String
    public var direction: Direction
    public var isGood: Bool

    public init(_ text: String, direction: Direction, isGood: Bool) {
        self.text = text
        self.direction = direction
        self.isGood = isGood
    }

    public var role: ThemeRole {
        if direction == .flat { return .muted }
        return isGood ? .ok : .warn
    }

    public func arrow(_ glyphs: Glyphs) -> Character {
        switch direction {
        case .up: glyphs.arrowUp
        case .down: glyphs.arrowDown
        case .flat: glyphs.arrowFlat
        }
    }

    /// Arrow and text as one string, e.g. `▲ 1.2%`.
    public func label(_ glyphs: Glyphs) -> String {
        text.isEmpty ? String(arrow(glyphs)) : "\(arrow(glyphs)) \(text)"
    }
}
