/// One frame in memory: a `width` x `height` grid of cells in one flat array (like ratatui's `Buffer`).
///
/// Pages and widgets draw here and nowhere else; a backend copies it to the terminal (curses sends only the changed
/// cells), and the same grid prints as plain text or ANSI for `snapshot`. Two invariants make every row exactly
/// `width` columns wide whatever is written: a wide character is always followed by its continuation cell, and
/// writing over either half of a wide character blanks the other half, so nothing to its right shifts.
public struct Screen: Sendable {
    public let width: Int
    public let height: Int
    /// Row-major: the cell at (x, y) is `cells[y * width + x]`.
    public private(set) var cells: [Cell]
    /// Click targets marked by the widgets as they drew (see `mark(_:as:)`), in drawing order.
    public internal(set) var targets: [HitRegion] = []
    /// The tables drawn, when asked for (nil otherwise, so a live frame keeps nothing it does not show).
    public internal(set) var tables: [DrawnTable]?

    /// Makes the tables drawn from now on kept in `tables`.
    public mutating func recordTables() { tables = tables ?? [] }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole screen, the area a page lays out.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Blanks every cell, for reusing one screen across frames without reallocating.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
        targets.removeAll()
        if tables != nil { tables = [] }
    }

    /// Writes `text` from column `x` of row `y`, clipped to the screen and to `maxWidth` columns, and returns how far
    /// it advanced (the columns written when `x` is on screen), so calls can be chained along a row.
    ///
    /// A wide character that would cross the limit is not written: the text stops before it and the one column left
    /// is blanked in `style`, so whatever was there before cannot show through and the row's right edge stays put.
    /// Zero-width clusters (stray controls or marks with no base) are skipped.
    @discardableResult
    public mutating func put(_ text: String, at x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        guard x < limit else { return 0 }
        var column = x
        if text.utf8.allSatisfy(DisplayWidth.isPrintableASCII) {
            let symbols = Cell.asciiSymbols
            for byte in text.utf8 {
                if column >= limit { break }
                if column >= 0 { write(Cell(symbol: symbols[Int(byte)], width: 1, style: style), x: column, y: y) }
                column += 1
            }
            return column - x
        }
        for character in text {
            let columns = DisplayWidth.width(of: character)
            if columns == 0 { continue }
            if column + columns > limit {
                if column < limit {
                    if column >= 0 { write(.blank(style), x: column, y: y) }
                    column += 1
                }
                break
            }
            if column >= 0 { write(Cell(symbol: String(character), width: columns, style: style), x: column, y: y) }
            column += columns
        }
        return column - x
    }

    /// Writes one glyph (a border corner, a bar or sparkline cell) at (x, y) if it fits on screen; the single-cell
    /// sibling of `put`, without building a string first.
    public mutating func set(_ character: Character, at x: Int, y: Int, style: Style = .plain) {
        let cell = Cell(character, style: style)
        guard y >= 0, y < height, x >= 0, x + cell.width <= width else { return }
        write(cell, x: x, y: y)
    }

    /// Covers `rect` (clipped to the screen) with `character`; a wide character fills in steps of two, and a final
    /// column too narrow for it gets a space.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        let cell = Cell(character, style: style)
        let space = Cell.blank(style)
        for row in area.y..<area.bottom {
            var column = area.x
            while column < area.right {
                let next = column + cell.width <= area.right ? cell : space
                write(next, x: column, y: row)
                column += next.width
            }
        }
    }

    /// Lays `overlay` over the style of every cell in `rect`, keeping the text: a selected table row keeps each
    /// cell's own colour and takes the selection background.
    public mutating func patchStyle(_ overlay: Style, in rect: Rect) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        for row in area.y..<area.bottom {
            for column in area.x..<area.right {
                let index = row * width + column
                let cell = cells[index]
                cells[index] = Cell(symbol: cell.symbol, width: cell.width, style: cell.style.patched(with: overlay))
            }
        }
    }

    /// Every row as text, each exactly `width` columns (continuation cells add nothing: their wide character already
    /// covers them).
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            line.reserveCapacity(width)
            for cell in cells[row * width..<(row + 1) * width] where !cell.isContinuation {
                line += cell.symbol
            }
            return line
        }
    }

    /// The screen as plain text, rows joined by newlines (no trailing newline).
    public var text: String {
        lines().joined(separator: "\n")
    }

    /// Places `cell` at (x, y); the caller has checked that all of its columns are on screen.
    private mutating func write(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        // Writing over the right half of a wide character leaves its left half meaningless.
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        // Writing over the left half of a wide character (with the new cell's last column) orphans its right half.
        let last = index + cell.width - 1
        if cells[last].width == 2, x + cell.width < width {
            cells[last + 1] = .blank(cells[last + 1].style)
        }
        cells[index] = cell
        if cell.width == 2 {
            cells[index + 1] = .continuation(cell.style)
        }
    }
}
