/// The top row: title on the left, a centre text (the page), and a right text (role, clock).
///
/// When the row is narrow, the right text is kept whole or left out (a clock cut in half lies), the left is cut with
/// `…`, and the centre shows only if it fits in the gap between them.
public struct HeaderBar: Widget {
    public var left: String
    public var center: String
    public var right: String
    /// Fills the whole row; reverse video by default so the bar reads as a bar in mono too.
    public var style: Style

    public init(left: String, center: String = "", right: String = "",
                style: Style = Style(.title, [.bold, .reverse])) {
        self.left = left
        self.center = center
        self.right = right
        self.style = style
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        screen.fill(row, style: style)
        // One column of margin at each end when there is room for it.
        let content = row.width > 2 ? row.inset(horizontal: 1, vertical: 0) : row
        let fullRightWidth = DisplayWidth.width(of: right)
        let rightWidth = fullRightWidth <= content.width ? fullRightWidth : 0
        let rightStart = content.right - rightWidth
        if rightWidth > 0 { screen.put(right, at: rightStart, y: row.y, style: style) }

        let leftRoom = rightWidth > 0 ? max(0, rightStart - content.x - 1) : content.width
        let shownLeft = DisplayWidth.truncate(left, to: leftRoom, ellipsis: glyphs.ellipsis)
        let leftEnd = content.x + screen.put(shownLeft, at: content.x, y: row.y, maxWidth: leftRoom, style: style)

        let centerWidth = DisplayWidth.width(of: center)
        let gapStart = leftEnd + (leftEnd > content.x ? 1 : 0)
        let gapEnd = rightStart - (rightWidth > 0 ? 1 : 0)
        guard centerWidth > 0, gapEnd - gapStart >= centerWidth else { return }
        let centred = row.x + (row.width - centerWidth) / 2
        let start = min(max(centred, gapStart), gapEnd - centerWidth)
        screen.put(center, at: start, y: row.y, style: style)
    }
}
