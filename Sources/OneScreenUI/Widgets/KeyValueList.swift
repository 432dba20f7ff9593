/// Keys in one column and values in the next, both lined up by display width whatever the mix of Chinese and Latin:
///
/// ```
/// 客户数   1,204
/// 逾期      3
/// ```
public struct KeyValueList: Widget {
    public var items: [KeyValueItem]
    public var keyStyle: Style
    /// `.right` lines numbers up on their last digit.
    public var valueAlignment: Alignment
    /// The key column's width; `nil` takes the widest key. Keys are cut before values: a cut figure misleads.
    public var keyWidth: Int?
    /// Keys shown whole and values cut instead, where the key is what must be read (the help's keys).
    public var keepsKeys = false

    public init(_ items: [KeyValueItem], keyStyle: Style = Style(.muted), valueAlignment: Alignment = .left,
                keyWidth: Int? = nil) {
        self.items = items
        self.keyStyle = keyStyle
        self.valueAlignment = valueAlignment
        self.keyWidth = keyWidth
    }

    /// The columns the list takes to show every key and value whole.
    public var naturalWidth: Int {
        let widestKey = keyWidth ?? items.map { DisplayWidth.width(of: $0.key) }.max() ?? 0
        return widestKey + 1 + (items.map { DisplayWidth.width(of: $0.value) }.max() ?? 0)
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard !area.isEmpty else { return }
        let widestKey = keyWidth ?? items.map { DisplayWidth.width(of: $0.key) }.max() ?? 0
        let widestValue = items.map { DisplayWidth.width(of: $0.value) }.max() ?? 0
        let keyColumns = keepsKeys ? min(widestKey, area.width) : max(0, min(widestKey, area.width - widestValue - 1))
        let gap = keyColumns > 0 ? 1 : 0
        let valueColumns = area.width - keyColumns - gap
        for (row, item) in items.prefix(area.height).enumerated() {
            let y = area.y + row
            if keyColumns > 0 {
                screen.put(DisplayWidth.fit(item.key, to: keyColumns, ellipsis: glyphs.ellipsis),
                           at: area.x, y: y, maxWidth: keyColumns, style: keyStyle)
            }
            let value = DisplayWidth.fit(item.value, to: valueColumns, alignment: valueAlignment,
                                         ellipsis: glyphs.ellipsis)
            screen.put(value, at: area.x + keyColumns + gap, y: y, maxWidth: valueColumns, style: item.valueStyle)
        }
    }
}
