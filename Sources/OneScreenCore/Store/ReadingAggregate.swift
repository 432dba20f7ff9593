/// What a rollup bucket keeps of its readings, and what adding buckets together gives: how many, how many inside
/// their band, their sum, the lowest and the highest.
struct ReadingAggregate: Equatable {
    var count: Int
    var inside: Int
    var sum: Double
    var min: Double
    var max: Double

    init(count: Int, inside: Int, sum: Double, min: Double, max: Double) {
        self.count = count; self.inside = inside; self.sum = sum; self.min = min; self.max = max
    }

    /// Nothing yet: adding to it gives what was added.
    static let empty = ReadingAggregate(count: 0, inside: 0, sum: 0, min: .infinity, max: -.infinity)

    init(value: Double, inside: Bool) {
        self.init(count: 1, inside: inside ? 1 : 0, sum: value, min: value, max: value)
    }

    mutating func add(_ other: ReadingAggregate) {
        count += other.count
        inside += other.inside
        sum += other.sum
        min = Swift.min(min, other.min)
        max = Swift.max(max, other.max)
    }

    /// What, added to a bucket holding these readings, takes them back out: count, inside and sum only, since a
    /// lowest or highest cannot be taken out. The bucket keeps its own, a bound on what is left rather than the answer.
    var taken: ReadingAggregate { ReadingAggregate(count: -count, inside: -inside, sum: -sum, min: .infinity, max: -.infinity) }

    var mean: Double { sum / Double(count) }
}
