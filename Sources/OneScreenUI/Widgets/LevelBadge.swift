import OneScreenCore

/// An alert level, `L1` … `L4`, in its level role and always as text, so the level reads without colour:
/// L1 system fault (系统故障), L2 performance decline (性能下降), L3 business anomaly (业务异常), L4 compliance risk
/// (合规风险). An optional name follows, e.g. `L3 业务异常`.
public struct LevelBadge: Widget {
    public var level: AlertLevel
    /// The level's name in the reader's language; the badge never translates by itself.
    public var name: String?

    public init(_ level: AlertLevel, name: String? = nil) {
        self.level = level
        self.name = name
    }

    public var code: String { level.label }

    public var role: ThemeRole {
        switch level {
        case .systemFault: .level1
        case .performanceDecline: .level2
        case .businessAnomaly: .level3
        case .complianceRisk: .level4
        }
    }

    public var style: Style { Style(role, .bold) }

    /// The badge as a table cell, for the level column of an alerts table.
    public var tableCell: TableCell { TableCell(code, style: style) }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        // A level cut to `L` says nothing, so the badge shows whole or not at all.
        let codeWidth = DisplayWidth.width(of: code)
        guard codeWidth <= area.width else { return }
        screen.put(code, at: area.x, y: area.y, style: style)
        let room = area.width - codeWidth - 1
        guard let name, !name.isEmpty, room > 0 else { return }
        screen.put(DisplayWidth.fit(name, to: room, ellipsis: glyphs.ellipsis), at: area.x + codeWidth + 1,
                   y: area.y, maxWidth: room, style: Style(role))
    }
}
