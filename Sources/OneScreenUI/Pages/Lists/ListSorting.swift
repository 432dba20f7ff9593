/// What the navigation needs to know of the list the selection is in to change its sort: the columns it sorts by,
/// in order, the way each sorts first, and the sort it starts with.
public struct ListSorting: Sendable, Equatable {
    public var list: ListID
    public var columns: [String]
    public var descendingFirst: Set<String>
    public var standard: SortChoice

    /// The sort in force when the navigation holds `saved` for the list (ignored when it names no column of it).
    public func current(_ saved: SortChoice?) -> SortChoice {
        guard let saved, columns.contains(saved.column) else { return standard }
        return saved
    }

    /// The next (or previous) column's sort, the way that column sorts first.
    public func moved(from choice: SortChoice, by step: Int) -> SortChoice {
        let index = columns.firstIndex(of: choice.column) ?? 0
        let column = columns[(index + step % columns.count + columns.count) % columns.count]
        return SortChoice(column: column, descending: descendingFirst.contains(column))
    }
}
