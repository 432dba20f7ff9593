/// Hit-testing from the layout that drew the frame: widgets mark the rectangles they drew as click targets while
/// drawing them, so what a click means is read off the very frame the user clicked on, never recomputed apart.
extension Screen {
    /// Records that a click in `area` (clipped to the screen) means `target`. Later marks lie on top of earlier ones.
    public mutating func mark(_ area: Rect, as target: HitTarget) {
        let visible = area.intersection(self.area)
        guard !visible.isEmpty else { return }
        targets.append(HitRegion(area: visible, target: target))
    }

    /// What a click at column `x`, row `y` means: the topmost mark there, or nil.
    public func target(atX x: Int, y: Int) -> HitTarget? {
        targets.last { x >= $0.area.x && x < $0.area.right && y >= $0.area.y && y < $0.area.bottom }?.target
    }
}
