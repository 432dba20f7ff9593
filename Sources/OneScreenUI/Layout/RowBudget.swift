/// Shares a pane's rows among its sections (a summary, a few lists) when what they would like is more than there is.
///
/// Each section names the heights it can use, smallest first: a list can use any height from its heading plus one
/// row up to all of its rows; a chart of three series only multiples of three. Smallest heights are met in priority
/// order, and a section whose smallest height no longer fits is left out whole (half a list header is noise); then
/// spare rows go round, each section in turn growing to its next usable height, so a long list cannot starve a short
/// one, no row is handed to a section that cannot use it, and a tall terminal fills every section.
public enum RowBudget {
    public struct Claim: Sendable, Hashable {
        /// Usable heights, ascending, each at least 1.
        public let sizes: [Int]
        /// Lower comes first.
        public let priority: Int

        public init(sizes: [Int], priority: Int) {
            self.sizes = Array(Set(sizes.filter { $0 > 0 })).sorted()
            self.priority = priority
        }

        /// Any height from `minimum` to `wanted`.
        public init(minimum: Int, wanted: Int, priority: Int) {
            let low = max(1, minimum)
            self.init(sizes: Array(low...max(low, wanted)), priority: priority)
        }
    }

    /// The rows each claim gets, in the claims' order; 0 means the section is not shown.
    public static func split(_ rows: Int, among claims: [Claim]) -> [Int] {
        var sizes = Array(repeating: 0, count: claims.count)
        var remaining = max(0, rows)
        let order = claims.indices.sorted { (claims[$0].priority, $0) < (claims[$1].priority, $1) }
        for index in order {
            guard let smallest = claims[index].sizes.first, smallest <= remaining else { continue }
            sizes[index] = smallest
            remaining -= smallest
        }
        var grew = true
        while remaining > 0, grew {
            grew = false
            for index in order where sizes[index] > 0 {
                guard let next = claims[index].sizes.first(where: { $0 > sizes[index] }),
                      next - sizes[index] <= remaining else { continue }
                remaining -= next - sizes[index]
                sizes[index] = next
                grew = true
            }
        }
        return sizes
    }
}
