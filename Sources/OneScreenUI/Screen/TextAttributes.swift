/// The attributes every terminal can show without colour. Themes and styles both carry them, which is how the mono
/// theme and `NO_COLOR` still tell a warning from plain text.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)

    /// Every attribute with its name in theme files and its SGR parameter, in the order escapes list them.
    public static let all: [(name: String, attribute: TextAttributes, sgrCode: Int)] = [
        ("bold", .bold, 1), ("dim", .dim, 2), ("underline", .underline, 4), ("reverse", .reverse, 7),
    ]
}
