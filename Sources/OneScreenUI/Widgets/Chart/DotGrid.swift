/// The dots of a chart's plot before they become cells: a grid of cells, each holding the dots set in it (a Braille
/// pattern's bits) and the series that set one last, whose colour and mark the cell takes.
struct DotGrid {
    let width: Int
    let height: Int
    let marks: ChartMarks
    private(set) var bits: [UInt8]
    private(set) var owners: [Int]

    init(width: Int, height: Int, marks: ChartMarks) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.marks = marks
        bits = Array(repeating: 0, count: self.width * self.height)
        owners = Array(repeating: -1, count: self.width * self.height)
    }

    var dotColumns: Int { width * marks.columns }
    var dotRows: Int { height * marks.rows }

    /// The bit of dot (column, row) inside its cell, in the order Unicode numbers Braille dots: the left column is
    /// dots 1 2 3 7, the right 4 5 6 8.
    private static let brailleBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets dot (x, y), counted from the top left, for `series`; dots off the grid are dropped.
    mutating func set(_ x: Int, _ y: Int, series: Int) {
        guard x >= 0, y >= 0, x < dotColumns, y < dotRows else { return }
        let index = (y / marks.rows) * width + x / marks.columns
        bits[index] |= marks == .braille ? Self.brailleBits[x % 2][y % 4] : 1
        owners[index] = series
    }

    /// Every dot of column `x` from row `top` to row `bottom`, either order.
    mutating func stroke(_ x: Int, from top: Int, to bottom: Int, series: Int) {
        for y in min(top, bottom)...max(top, bottom) { set(x, y, series: series) }
    }

    /// The dots of a straight line from one dot to another, so neighbouring points join without holes.
    mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int), series: Int) {
        let steps = max(abs(b.x - a.x), abs(b.y - a.y))
        guard steps > 0 else { return set(a.x, a.y, series: series) }
        for step in 0...steps {
            let x = a.x + Int((Double((b.x - a.x) * step) / Double(steps)).rounded())
            let y = a.y + Int((Double((b.y - a.y) * step) / Double(steps)).rounded())
            set(x, y, series: series)
        }
    }

    func isSet(cell x: Int, _ y: Int) -> Bool { bits[y * width + x] != 0 }

    /// The Braille character of cell (x, y).
    func braille(cell x: Int, _ y: Int) -> Character {
        Character(Unicode.Scalar(0x2800 + UInt32(bits[y * width + x]))!)
    }

    func owner(cell x: Int, _ y: Int) -> Int { owners[y * width + x] }
}
