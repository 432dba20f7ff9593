/// How many colours the output may use. Styles are resolved through the theme at this depth, so one screen prints
/// correctly on a truecolor terminal, the Linux console and a `NO_COLOR` pipe alike.
public enum ColorMode: Sendable, Hashable, CaseIterable {
    /// Attributes only (bold, dim, underline, reverse).
    case none
    /// The 16 ANSI colours.
    case ansi16
    /// The xterm 256-colour palette.
    case ansi256

    /// A best guess from the environment, for output that has no curses to ask (`snapshot --color`):
    /// `NO_COLOR` set and not empty (no-color.org) or `TERM=dumb` means none; a `256color` terminal or a `COLORTERM`
    /// that promises more means 256; anything else gets the 16 colours every ANSI terminal has.
    public static func detect(environment: [String: String]) -> ColorMode {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return .none }
        let colorTerm = environment["COLORTERM"] ?? ""
        if term.contains("256color") || colorTerm == "truecolor" || colorTerm == "24bit" { return .ansi256 }
        return .ansi16
    }
}
