/// A clock five rows tall, drawn with the glyph set's full block (`█`, `#` in ASCII), to be read from across a room.
/// Each digit is three blocks wide and each block two columns, so strokes come out about as wide as they are tall
/// in a terminal's cells. Only digits, `:` and spaces have shapes; the text shows whole or not at all, since half a
/// time is a wrong time.
public struct BigDigits: Widget {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = Style(.title, .bold)) {
        self.text = text
        self.style = style
    }

    public static let height = 5
    /// Columns per block.
    static let blockWidth = 2

    /// Blocks lit per row, top row first; `#` is a block.
    private static let shapes: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
        " ": ["   ", "   ", "   ", "   ", "   "],
    ]

    /// The columns `text` takes: each shape and one block of space between shapes.
    public var width: Int {
        let blocks = text.map { Self.shapes[$0]?.first?.count ?? 0 }
        return (blocks.reduce(0, +) + max(0, blocks.count - 1)) * Self.blockWidth
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard area.width >= width, area.height >= Self.height else { return }
        var x = area.x
        for character in text {
            guard let shape = Self.shapes[character] else { continue }
            for (row, blocks) in shape.enumerated() {
                for (column, block) in blocks.enumerated() where block == "#" {
                    let cell = Rect(x: x + column * Self.blockWidth, y: area.y + row, width: Self.blockWidth, height: 1)
                    screen.fill(cell, with: glyphs.barFull, style: style)
                }
            }
            x += ((shape.first?.count ?? 0) + 1) * Self.blockWidth
        }
    }
}
