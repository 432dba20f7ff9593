/// How much of the split length one segment asks for (ratatui's constraints, with simpler rules; see `Layout`).
public enum Constraint: Sendable, Hashable {
    /// Exactly `n` cells when there is room.
    case length(Int)
    /// At least `n` cells; grows to take leftover space when there is no `fill`.
    case min(Int)
    /// Up to `n` cells.
    case max(Int)
    /// `p` percent of the length (after spacing), rounded down.
    case percentage(Int)
    /// A share of what is left once every other constraint is met, in proportion to its weight.
    case fill(Int)
}
