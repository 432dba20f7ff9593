/// Something that draws itself into a rectangle of a screen: a pure function of its own value, the area and the
/// glyph set, so every widget is tested by rendering it to text.
///
/// A widget draws only inside `area` (clipped to the screen) and copes with any size, 0x0 and 1x1 included, by drawing
/// less, never by crashing or spilling into a neighbour.
public protocol Widget: Sendable {
    /// - Parameters:
    ///   - area: where to draw; may be empty, tiny, or partly off screen.
    ///   - screen: the frame being composed.
    ///   - glyphs: Unicode or ASCII drawing characters, chosen from the locale.
    func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs)
}
