/// How a chart's dots reach the screen: Braille cells of 2x4 dots, or one ASCII mark per cell where Braille cannot
/// be counted on (a `LANG=C` terminal; the mono theme, whose terminals often lack the font, and where series must be
/// told apart by their marks rather than by colour).
public enum ChartMarks: Sendable, Hashable {
    case braille
    case ascii

    /// Dots across one cell.
    var columns: Int { self == .braille ? 2 : 1 }
    /// Dots down one cell.
    var rows: Int { self == .braille ? 4 : 1 }
}
