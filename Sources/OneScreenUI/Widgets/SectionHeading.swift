/// The first row of a section inside a pane: its title on the left and a short figure on the right (how many in all,
/// when the list below shows fewer), e.g. `逾期里程碑            12`. The figure wins the room: a cut count lies.
public struct SectionHeading: Widget {
    public var title: String
    public var detail: String
    public var detailStyle: Style

    public init(_ title: String, detail: String = "", detailStyle: Style = Style(.muted)) {
        self.title = title
        self.detail = detail
        self.detailStyle = detailStyle
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let detailWidth = DisplayWidth.width(of: detail)
        let showsDetail = detailWidth > 0 && detailWidth <= area.width
        let titleRoom = showsDetail ? max(0, area.width - detailWidth - 1) : area.width
        if titleRoom > 0 {
            screen.put(DisplayWidth.fit(title, to: titleRoom, ellipsis: glyphs.ellipsis), at: area.x, y: area.y,
                       maxWidth: titleRoom, style: Style(.title, .bold))
        }
        if showsDetail {
            screen.put(detail, at: area.right - detailWidth, y: area.y, style: detailStyle)
        }
    }
}
