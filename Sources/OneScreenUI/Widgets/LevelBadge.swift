/// An alert level, `L1` … `L4`, in its level role and always as text, so the level reads without colour:
/// L1 system fault (系统故障), L2 performance decline (性能下降), L3 business anomaly (业务异常), L4 compliance risk
/// (合规风险). An optional name follows, e.g. `L3 业务异常`.
public struct LevelBadge: Widget {
    /// 1 … 4; anything else is clamped, so a bad level still draws as the nearest real one.
    public let level: Int
    public var name: String?

    public init(level: Int, name: String? = nil) {
        self.level = min(max(level, 1), 4)
        self.name = name
    }

    public var code: String { "L\(level)" }

    public var role: ThemeRole {
        switch level {
        case 1: .level1
        case 2: .level2
        case 3: .level3
        default: .level4
        }
    }

    public var style: Style { Style(role, .bold) }

    /// The badge as a table cell, for the level column of an alerts table.
    public var tableCell: TableCell { TableCell(code, style: style) }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let advanced = screen.put(code, at: area.x, y: area.y, maxWidth: area.width, style: style)
        let room = area.width - advanced - 1
        guard let name, !name.isEmpty, advanced == DisplayWidth.width(of: code), room > 0 else { return }
        screen.put(DisplayWidth.truncate(name, to: room, ellipsis: glyphs.ellipsis), at: area.x + advanced + 1,
                   y: area.y, maxWidth: room, style: Style(role))
    }
}
