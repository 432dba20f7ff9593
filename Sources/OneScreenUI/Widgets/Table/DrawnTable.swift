/// A table as it was drawn: the headings and contents of the columns shown and the text of the rows drawn, kept
/// by a screen that records its tables (see `Screen.recordsTables`) so a test can hold every cell up against what
/// its column says it holds.
public struct DrawnTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var title: String
        public var content: ColumnContent
    }

    public var columns: [Column]
    /// The rows drawn, each one text per column shown.
    public var rows: [[String]]
}
