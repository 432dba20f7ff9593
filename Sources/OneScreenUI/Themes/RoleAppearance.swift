/// How one role looks under a theme, at every colour depth: a 256-colour index for modern terminals, a 16-colour index
/// for the Linux console and old xterms, and attributes that apply everywhere (and are all the mono theme has).
public struct RoleAppearance: Hashable, Sendable {
    /// Index into the xterm 256-colour palette; `nil` keeps the terminal's own colour.
    public let color256: UInt8?
    /// Index into the 16 ANSI colours (0–7 normal, 8–15 bright); `nil` keeps the terminal's own colour.
    public let color16: UInt8?
    public let attributes: TextAttributes

    public init(color256: UInt8? = nil, color16: UInt8? = nil, attributes: TextAttributes = []) {
        self.color256 = color256
        self.color16 = color16.map { min($0, 15) }
        self.attributes = attributes
    }

    public var hasColor: Bool { color256 != nil || color16 != nil }

    /// The colour to use under `mode`, degrading 256 → 16 → none: a missing 16-colour value is approximated from the
    /// 256-colour one rather than dropped, and a missing 256-colour value uses the 16-colour one (a valid 256 index).
    public func color(for mode: ColorMode) -> UInt8? {
        switch mode {
        case .none: nil
        case .ansi16: color16 ?? color256.map(XtermPalette.nearest16)
        case .ansi256: color256 ?? color16
        }
    }
}
