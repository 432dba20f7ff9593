/// The one key a wall screen answers to. By default `Ctrl-Q`: no letter, so nobody leaving the kiosk is a passer-by
/// typing at it (a `q` among their keys, or inside a terminal's reply, quit it).
public enum KioskQuitKey: Sendable, Equatable, CustomStringConvertible {
    case character(Character)
    /// A letter pressed with Ctrl, kept lower case.
    case control(Character)

    public static let standard = KioskQuitKey.control("q")

    /// `Ctrl-Q`, `C-q`, `^Q`, or one character. Ctrl-H, I, J and M are not taken: terminals send them as Backspace,
    /// Tab and Enter.
    public static func parse(_ text: String) -> KioskQuitKey? {
        if text.count == 1, let character = text.first { return .character(character) }
        let lower = text.lowercased()
        guard let prefix = ["ctrl-", "ctrl+", "c-", "^"].first(where: lower.hasPrefix) else { return nil }
        let rest = lower.dropFirst(prefix.count)
        guard rest.count == 1, let letter = rest.first, ("a"..."z").contains(letter), !"hijm".contains(letter) else { return nil }
        return .control(letter)
    }

    public var description: String {
        switch self {
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        }
    }
}
