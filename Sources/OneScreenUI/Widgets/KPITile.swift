/// One key figure: title and status on top, the value and its unit large in the middle, the change below.
///
/// ```
/// 合规率       [正常]
/// 98.2 %
/// ▲ 0.4%
/// ```
///
/// In fewer rows it folds: two rows put the change beside the value, one row drops the title. The status word always
/// shows, so the tile reads the same in colour, in mono and over a black-and-white SSH session.
public struct KPITile: Widget {
    public var title: String
    public var value: String
    public var unit: String
    public var trend: Trend?
    public var status: HealthStatus
    /// The status as printed, e.g. `正常`; `nil` uses `status.word`.
    public var statusText: String?

    public init(title: String, value: String, unit: String = "", trend: Trend? = nil, status: HealthStatus = .ok,
                statusText: String? = nil) {
        self.title = title
        self.value = value
        self.unit = unit
        self.trend = trend
        self.status = status
        self.statusText = statusText
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let badge = "[\(statusText ?? status.word)]"
        switch area.height {
        case 1:
            let room = drawBadge(badge, in: area.row(0), on: &screen)
            drawValue(withTrend: true, in: area.x, y: area.y, room: room, on: &screen, glyphs: glyphs)
        default:
            let room = drawBadge(badge, in: area.row(0), on: &screen)
            screen.put(DisplayWidth.truncate(title, to: room, ellipsis: glyphs.ellipsis), at: area.x, y: area.y,
                       maxWidth: room, style: Style(.title))
            drawValue(withTrend: area.height == 2, in: area.x, y: area.y + 1, room: area.width, on: &screen,
                      glyphs: glyphs)
            if area.height >= 3, let trend {
                screen.put(DisplayWidth.truncate(trend.label(glyphs), to: area.width, ellipsis: glyphs.ellipsis),
                           at: area.x, y: area.y + 2, maxWidth: area.width, style: Style(trend.role))
            }
        }
    }

    /// Draws the badge right-aligned in `row` when it fits with room to spare, and returns the columns left of it.
    private func drawBadge(_ badge: String, in row: Rect, on screen: inout Screen) -> Int {
        let badgeWidth = DisplayWidth.width(of: badge)
        guard badgeWidth + 2 <= row.width else { return row.width }
        screen.put(badge, at: row.right - badgeWidth, y: row.y, style: status.style)
        return row.width - badgeWidth - 1
    }

    /// `value unit`, then optionally the change, each part dropped whole when it no longer fits.
    private func drawValue(withTrend: Bool, in x: Int, y: Int, room: Int, on screen: inout Screen, glyphs: Glyphs) {
        let end = x + room
        var column = x
        column += screen.put(DisplayWidth.truncate(value, to: room, ellipsis: glyphs.ellipsis), at: column, y: y,
                             maxWidth: room, style: Style(status.role, .bold))
        var parts: [(text: String, style: Style)] = []
        if !unit.isEmpty { parts.append((unit, Style(.muted))) }
        if withTrend, let trend { parts.append((trend.label(glyphs), Style(trend.role))) }
        for part in parts {
            let partWidth = DisplayWidth.width(of: part.text)
            guard column + 1 + partWidth <= end else { return }
            column += 1 + screen.put(part.text, at: column + 1, y: y, style: part.style)
        }
    }
}
