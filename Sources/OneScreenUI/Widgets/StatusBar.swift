/// The bottom row: segments from the left, separated by a bar, and key hints right-aligned in what room is left.
/// Segments come first because they carry state (stale data); hints are the first thing to be cut.
public struct StatusBar: Widget {
    public var segments: [StatusSegment]
    public var hints: String
    public var style: Style

    public init(segments: [StatusSegment], hints: String = "", style: Style = .plain) {
        self.segments = segments
        self.hints = hints
        self.style = style
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        screen.fill(row, style: style)
        let separator = " \(glyphs.vertical) "
        var x = row.x
        for (index, segment) in segments.enumerated() where x < row.right {
            if index > 0 {
                x += screen.put(separator, at: x, y: row.y, maxWidth: row.right - x, style: style.patched(with: Style(.border)))
            }
            let shown = DisplayWidth.truncate(segment.text, to: row.right - x, ellipsis: glyphs.ellipsis)
            x += screen.put(shown, at: x, y: row.y, maxWidth: row.right - x, style: style.patched(with: segment.style))
        }
        // Two columns keep the hints from reading as part of the last segment.
        let room = row.right - x - 2
        guard !hints.isEmpty, room > 0 else { return }
        let shownHints = Self.fitting(hints, in: room, ellipsis: glyphs.ellipsis)
        let hintsWidth = DisplayWidth.width(of: shownHints)
        screen.put(shownHints, at: row.right - hintsWidth, y: row.y, style: style.patched(with: Style(.muted)))
    }

    /// Whole hints, from the first: a key without its word ("q qu…") helps nobody. Hints are separated by two
    /// spaces; only a first hint that does not fit alone is cut.
    static func fitting(_ hints: String, in room: Int, ellipsis: String) -> String {
        var parts = hints.split(separator: "  ", omittingEmptySubsequences: false).map(String.init)
        while parts.count > 1, DisplayWidth.width(of: parts.joined(separator: "  ")) > room { parts.removeLast() }
        return DisplayWidth.truncate(parts.joined(separator: "  "), to: room, ellipsis: ellipsis)
    }
}
