/// A style after the theme and colour mode have spoken: palette indices and attributes, ready for a backend (curses
/// colour pairs) or for SGR escapes. `nil` colours mean the terminal's default.
public struct ResolvedStyle: Hashable, Sendable {
    public let foreground: UInt8?
    public let background: UInt8?
    public let attributes: TextAttributes
    public let mode: ColorMode

    public init(foreground: UInt8?, background: UInt8?, attributes: TextAttributes, mode: ColorMode) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.mode = mode
    }

    /// The SGR escape selecting this style from a clean state. It always starts with a reset, so a run never inherits
    /// an attribute from the one before; colours use the classic 30–37/90–97 codes in 16-colour mode, which the Linux
    /// console understands, and `38;5;n` otherwise.
    public var sgr: String {
        var codes = ["0"]
        for (_, attribute, code) in TextAttributes.all where attributes.contains(attribute) {
            codes.append(String(code))
        }
        if let foreground { codes.append(colorCode(foreground, base: 30, extended: 38)) }
        if let background { codes.append(colorCode(background, base: 40, extended: 48)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// The escape that returns the terminal to its defaults.
    public static let resetSGR = "\u{1B}[0m"

    private func colorCode(_ color: UInt8, base: Int, extended: Int) -> String {
        if mode == .ansi16 {
            return color < 8 ? "\(base + Int(color))" : "\(base + 60 + Int(color) - 8)"
        }
        return "\(extended);5;\(color)"
    }
}
