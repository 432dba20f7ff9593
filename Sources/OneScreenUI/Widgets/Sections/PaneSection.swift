/// A part of a pane's content that can live with fewer rows than it would like: a summary that folds into one line, a
/// list that shows its first few items. `SectionStack` asks each section what it needs and shares out the rows.
public protocol PaneSection: Widget {
    /// - Parameters:
    ///   - width: the columns the section will get, for sections whose row needs depend on it.
    /// - Returns: the rows the section cannot do without, the rows it could use, and how it ranks.
    func claim(width: Int) -> RowBudget.Claim
}
