/// A moment of a subject's timeline as a condition judged it.
struct JudgedPoint: Sendable, Equatable {
    var time: Int64
    var violating: Bool
    /// How far past its limit the subject was (0 when inside); an episode's worst point has the largest.
    var excess: Double
    /// What the alert shows: `values[0]` is the headline (the reading, or the change for a rate); a
    /// combination lists each condition's value in its order.
    var values: [Double]
}
