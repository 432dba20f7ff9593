/// A framed box with a title set into its top border, and optionally a short right-hand title such as a count:
///
/// ```
/// ┌─ 质量 Quality ─────── 12 ─┐
/// │ content                   │
/// └───────────────────────────┘
/// ```
///
/// The frame takes the border role, or the accent role when the pane has focus. A pane draws only its frame; content
/// goes in `inner(of:)`, typically another widget.
public struct Pane: Widget {
    public var title: String
    public var rightTitle: String?
    public var isFocused: Bool
    /// Blank columns between the side borders and the content, so text does not touch the frame.
    public var padding: Int

    public init(title: String = "", rightTitle: String? = nil, isFocused: Bool = false, padding: Int = 1) {
        self.title = title
        self.rightTitle = rightTitle
        self.isFocused = isFocused
        self.padding = max(0, padding)
    }

    /// Where content goes when the pane is drawn in `area`; empty when the area is too small for a frame.
    public func inner(of area: Rect) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        return area.inset(by: 1).inset(horizontal: padding, vertical: 0)
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        // Anything smaller cannot hold two corners on two rows; drawing half a frame would mislead.
        guard area.width >= 2, area.height >= 2 else { return }
        let border = Style(isFocused ? .accent : .border)
        let top = area.y
        let bottom = area.bottom - 1
        let left = area.x
        let right = area.right - 1
        screen.fill(Rect(x: left + 1, y: top, width: area.width - 2, height: 1), with: glyphs.horizontal, style: border)
        screen.fill(Rect(x: left + 1, y: bottom, width: area.width - 2, height: 1), with: glyphs.horizontal, style: border)
        screen.fill(Rect(x: left, y: top + 1, width: 1, height: area.height - 2), with: glyphs.vertical, style: border)
        screen.fill(Rect(x: right, y: top + 1, width: 1, height: area.height - 2), with: glyphs.vertical, style: border)
        screen.set(glyphs.topLeft, at: left, y: top, style: border)
        screen.set(glyphs.topRight, at: right, y: top, style: border)
        screen.set(glyphs.bottomLeft, at: left, y: bottom, style: border)
        screen.set(glyphs.bottomRight, at: right, y: bottom, style: border)
        drawTitles(in: area, on: &screen, glyphs: glyphs)
    }

    /// Titles sit between `┌─` and `─┐`, each with a space either side. The main title wins the room; the right title
    /// appears only if it fits whole beside at least a few columns of title, because half a count is worse than none.
    private func drawTitles(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        let start = area.x + 2
        var end = area.right - 2
        guard end > start else { return }
        if let rightTitle, !rightTitle.isEmpty {
            let label = " \(rightTitle) "
            let labelWidth = DisplayWidth.width(of: label)
            let titleRoom = title.isEmpty ? 0 : min(DisplayWidth.width(of: title) + 2, Self.minimumTitleRoom)
            if labelWidth + titleRoom + 1 <= end - start {
                screen.put(label, at: end - labelWidth, y: area.y, style: Style(.muted))
                end -= labelWidth + 1
            }
        }
        let room = end - start
        guard !title.isEmpty, room >= 3 else { return }
        let shown = " " + DisplayWidth.truncate(title, to: room - 2, ellipsis: glyphs.ellipsis) + " "
        screen.put(shown, at: start, y: area.y, maxWidth: room, style: Style(.title))
    }

    /// Columns kept for the title (with its spaces) before a right title may take any: enough for `质量…`.
    private static let minimumTitleRoom = 6
}
