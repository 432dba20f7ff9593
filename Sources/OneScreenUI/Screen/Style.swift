/// How a cell looks, named by meaning rather than colour: a style says "warn" or "selection", and the theme decides
/// what that looks like. The same screen therefore prints under any theme, in 256, 16 or no colours.
///
/// Immutable, like lipgloss styles: derive a new one with `patched(with:)`.
public struct Style: Hashable, Sendable {
    /// Role whose colour draws the text; `nil` means the theme's `text` role.
    public let foreground: ThemeRole?
    /// Role whose colour fills the cell; `nil` means the theme's `background` role.
    public let background: ThemeRole?
    public let attributes: TextAttributes

    public init(foreground: ThemeRole? = nil, background: ThemeRole? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Shorthand for the common case, e.g. `Style(.warn, .bold)`.
    public init(_ foreground: ThemeRole, _ attributes: TextAttributes = []) {
        self.init(foreground: foreground, attributes: attributes)
    }

    /// Theme text on theme background.
    public static let plain = Style()

    /// `overlay` drawn over this style: its roles win where set, attributes add up. This is how a selected row keeps
    /// each cell's own colour while taking the selection background.
    public func patched(with overlay: Style) -> Style {
        Style(
            foreground: overlay.foreground ?? foreground,
            background: overlay.background ?? background,
            attributes: attributes.union(overlay.attributes)
        )
    }
}
