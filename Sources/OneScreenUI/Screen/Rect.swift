/// A rectangle of cells, in screen columns and rows. Sizes are never negative: every operation that would shrink a
/// rectangle past nothing gives an empty one instead, so layout code needs no guards against tiny terminals.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public let x: Int
    public let y: Int
    public let width: Int
    public let height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The column just right of the rectangle.
    public var right: Int { x + width }
    /// The row just below the rectangle.
    public var bottom: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var description: String { "\(width)x\(height)+\(x)+\(y)" }

    /// Shrunk by `amount` on every side (a pane's inside).
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    public func inset(horizontal: Int, vertical: Int) -> Rect {
        let width = max(0, width - 2 * horizontal)
        let height = max(0, height - 2 * vertical)
        return Rect(x: x + min(horizontal, self.width / 2), y: y + min(vertical, self.height / 2),
                    width: width, height: height)
    }

    /// The part both rectangles cover; empty (at this one's origin) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(self.right, other.right)
        let bottom = min(self.bottom, other.bottom)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The one-row strip `index` rows down, or an empty rect when the rectangle has no such row.
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: bottom, width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// Stacked top to bottom by `constraints` (see `Layout`).
    public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout(.vertical, constraints, spacing: spacing).split(self)
    }

    /// Side by side, left to right, by `constraints` (see `Layout`).
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout(.horizontal, constraints, spacing: spacing).split(self)
    }
}
