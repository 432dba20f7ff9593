/// One column of the screen: a grapheme cluster, how many columns it covers, and its style.
///
/// A wide character (CJK, emoji) lives in its first column; the column after it holds a *continuation* cell with no
/// symbol, so the grid always has exactly `width` columns per row and a backend can skip continuations when drawing.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster drawn here; empty for a continuation cell. Short clusters are stored inline by `String`,
    /// so cells do not allocate.
    public let symbol: String
    public let style: Style
    private let columns: UInt8

    /// Columns covered: 1 or 2, or 0 for the continuation of a wide character.
    public var width: Int { Int(columns) }

    public var isContinuation: Bool { columns == 0 }

    /// A cell showing `character` (its width measured by `DisplayWidth`). Zero-width clusters have no cell of their
    /// own, so they become a space rather than a cell the grid cannot place.
    public init(_ character: Character, style: Style = .plain) {
        let width = DisplayWidth.width(of: character)
        if width == 0 {
            self.init(symbol: " ", width: 1, style: style)
        } else {
            self.init(symbol: String(character), width: width, style: style)
        }
    }

    init(symbol: String, width: Int, style: Style) {
        self.symbol = symbol
        self.columns = UInt8(truncatingIfNeeded: width)
        self.style = style
    }

    public static let blank = Cell(symbol: " ", width: 1, style: .plain)

    static func blank(_ style: Style) -> Cell {
        Cell(symbol: " ", width: 1, style: style)
    }

    static func continuation(_ style: Style) -> Cell {
        Cell(symbol: "", width: 0, style: style)
    }

    /// Prebuilt one-byte symbols, so writing ASCII text builds no strings at all.
    static let asciiSymbols: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
}
