/// Splits a rectangle into segments along one axis by constraints, like ratatui's `Layout` but with rules simple
/// enough to predict from reading them:
///
/// 1. `length(n)` and `min(n)` get their `n` first, in order; when the space runs out the later ones get less (so
///    put fixed chrome such as a header before the content it frames).
/// 2. `percentage(p)` gets `p`% of the length, then `max(n)` gets up to `n`, from what remains.
/// 3. What is still left goes to the `fill` segments by weight; with no `fill`, to the `min` segments evenly; with
///    neither, it stays unused at the end.
///
/// Sizes are never negative and never add up to more than the area; the result is the same on every call.
public struct Layout: Sendable, Hashable {
    public let axis: Axis
    public let constraints: [Constraint]
    /// Empty cells between neighbouring segments.
    public let spacing: Int

    public init(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) {
        self.axis = axis
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    /// One rectangle per constraint, in order.
    public func split(_ area: Rect) -> [Rect] {
        let total = axis == .horizontal ? area.width : area.height
        let sizes = Self.sizes(for: constraints, total: total, spacing: spacing)
        var offset = 0
        return sizes.map { size in
            let start = min(offset, total)
            let length = min(size, total - start)
            offset = start + length + spacing
            switch axis {
            case .horizontal:
                return Rect(x: area.x + start, y: area.y, width: length, height: area.height)
            case .vertical:
                return Rect(x: area.x, y: area.y + start, width: area.width, height: length)
            }
        }
    }

    /// The length of each segment when `total` cells are split.
    static func sizes(for constraints: [Constraint], total: Int, spacing: Int) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = max(0, total - spacing * (constraints.count - 1))
        var sizes = Array(repeating: 0, count: constraints.count)
        var remaining = available

        func grant(_ index: Int, _ wanted: Int) {
            let granted = Swift.min(Swift.max(0, wanted), remaining)
            sizes[index] += granted
            remaining -= granted
        }

        for (index, constraint) in constraints.enumerated() {
            switch constraint {
            case .length(let n), .min(let n): grant(index, n)
            default: break
            }
        }
        for (index, constraint) in constraints.enumerated() {
            if case .percentage(let percent) = constraint { grant(index, available * Swift.max(0, percent) / 100) }
        }
        for (index, constraint) in constraints.enumerated() {
            if case .max(let n) = constraint { grant(index, n) }
        }

        var weights = constraints.map { constraint -> Int in
            if case .fill(let weight) = constraint { return Swift.max(0, weight) }
            return 0
        }
        if weights.allSatisfy({ $0 == 0 }) {
            weights = constraints.map { constraint -> Int in
                if case .min = constraint { return 1 }
                return 0
            }
        }
        for (index, share) in distribute(remaining, by: weights).enumerated() {
            sizes[index] += share
        }
        return sizes
    }

    /// Splits `amount` in proportion to `weights`, whole cells only: each gets the floor of its share and the cells
    /// lost to rounding go one each to the largest remainders, earliest first, so the split is stable.
    private static func distribute(_ amount: Int, by weights: [Int]) -> [Int] {
        let totalWeight = weights.reduce(0, +)
        guard amount > 0, totalWeight > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { amount * $0 / totalWeight }
        let remainders = weights.map { amount * $0 % totalWeight }
        var leftover = amount - shares.reduce(0, +)
        let order = remainders.indices.sorted { (remainders[$1], $0) < (remainders[$0], $1) }
        for index in order where leftover > 0 && weights[index] > 0 {
            shares[index] += 1
            leftover -= 1
        }
        return shares
    }
}
