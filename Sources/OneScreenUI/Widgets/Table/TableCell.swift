/// The text of one table cell, and optionally its own style (an overdue date in `warn`, a level in its level role);
/// without one it takes the row's. A string literal is a plain cell.
public struct TableCell: Sendable, Hashable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }
}
