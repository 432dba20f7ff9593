/// Every drawing character a widget uses, in one value, so a terminal that cannot show Unicode (`LANG=C`, a serial
/// console) gets a pure-ASCII screen instead of mojibake. Each glyph that fills a cell is exactly one column in both sets;
/// that is why the ASCII ellipsis is `~` and not `...`. The strings that go into running text (`rangeSeparator`,
/// `atMost`, `atLeast`, `dash`) are measured like any text, so they may differ in width.
public struct Glyphs: Sendable, Hashable {
    public let topLeft: Character
    public let topRight: Character
    public let bottomLeft: Character
    public let bottomRight: Character
    public let horizontal: Character
    public let vertical: Character
    /// Where a horizontal rule meets a pane's left and right borders.
    public let teeLeft: Character
    public let teeRight: Character
    public let ellipsis: String
    /// A full bar cell.
    public let barFull: Character
    /// Bar cells filled 1/8 … 7/8, for sub-cell precision; empty where the set has none (ASCII rounds to whole cells).
    public let barPartials: [Character]
    /// The unfilled part of a bar's track, so its full extent shows without colour.
    public let barEmpty: Character
    /// The edges of a gauge's target band.
    public let bandStart: Character
    public let bandEnd: Character
    /// Eight levels, lowest first, for sparklines.
    public let sparkline: [Character]
    public let arrowUp: Character
    public let arrowDown: Character
    public let arrowFlat: Character
    /// Marks an acknowledged alert.
    public let check: Character
    /// Between the ends of a range, `0–4`, and before the one end of an open range, `≤4`, `≥60`.
    public let rangeSeparator: String
    public let atMost: String
    public let atLeast: String
    /// The dash of running text, `too small — needs`.
    public let dash: String
    /// Whether the terminal shows anything beyond ASCII; without it the page leaves out text of its own that is not
    /// ASCII (the product's Chinese name), since it would arrive as mojibake.
    public let isUnicode: Bool
    /// How charts draw their dots: Braille where the set is Unicode; the mono theme asks for ASCII marks too, since
    /// without colour the series must be told apart by their marks.
    public var chartMarks: ChartMarks

    public static let unicode = Glyphs(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│",
        teeLeft: "├", teeRight: "┤", ellipsis: "…",
        barFull: "█", barPartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], barEmpty: "░",
        bandStart: "[", bandEnd: "]",
        sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        arrowUp: "▲", arrowDown: "▼", arrowFlat: "=",
        check: "✓", rangeSeparator: "–", atMost: "≤", atLeast: "≥", dash: "—",
        isUnicode: true, chartMarks: .braille
    )

    /// The lowest sparkline level is `_` rather than a space, so a minimum reading never looks like a gap.
    public static let ascii = Glyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|",
        teeLeft: "+", teeRight: "+", ellipsis: "~",
        barFull: "#", barPartials: [], barEmpty: ".",
        bandStart: "[", bandEnd: "]",
        sparkline: ["_", ".", ":", "-", "=", "+", "*", "#"],
        arrowUp: "+", arrowDown: "-", arrowFlat: "=",
        check: "*", rangeSeparator: "..", atMost: "<=", atLeast: ">=", dash: "-",
        isUnicode: false, chartMarks: .ascii
    )

    /// Unicode when the locale's character set is UTF-8, ASCII otherwise. The first of `LC_ALL`, `LC_CTYPE`, `LANG`
    /// that is set decides, as in C's `setlocale`.
    public static func forLocale(environment: [String: String]) -> Glyphs {
        isUTF8Locale(environment: environment) ? .unicode : .ascii
    }

    /// Whether the locale's characters are UTF-8, the only encoding in which the terminal can show Chinese.
    public static func isUTF8Locale(environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().filter { $0 != "-" }.contains("utf8")
    }
}
