/// A table column: its heading, what its cells hold, how wide it is (any layout `Constraint`: `.length(8)` fixed,
/// `.fill(1)` a share of the rest, `.min(10)` at least), and which side its text keeps to (numbers `.right`).
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var content: ColumnContent
    public var width: Constraint
    public var alignment: Alignment
    /// When the columns do not all get their least width, the lowest priority is left out first (see `Table`).
    public var priority: Int
    /// A least width for a column that takes a share of the room (`.fill`): a name that grows with the screen but is
    /// useless below this.
    public var minimum = 0

    public init(_ title: String, _ content: ColumnContent = .text, width: Constraint = .fill(1), alignment: Alignment = .left,
                priority: Int = 0) {
        self.title = title
        self.content = content
        self.width = width
        self.alignment = alignment
        self.priority = priority
    }

    /// The width below which the column is left out rather than drawn: a `.length` or `.min` column's `n`, else its
    /// `minimum`.
    var leastWidth: Int {
        switch width {
        case .length(let n), .min(let n): max(n, minimum)
        default: minimum
        }
    }

    /// This column, taking a share of the room but never less than `minimum` columns.
    public func atLeast(_ minimum: Int) -> TableColumn {
        var column = self
        column.minimum = minimum
        return column
    }

    /// This column with `priority`.
    public func ranked(_ priority: Int) -> TableColumn {
        var column = self
        column.priority = priority
        return column
    }
}

extension TableColumn {
    /// A column exactly as wide as the widest of `texts` and `title`, for figures, codes and dates that must show
    /// whole; the `.fill` columns beside it take the rest and are the ones cut.
    public static func fitting(_ texts: [String], title: String = "", _ content: ColumnContent = .text,
                               alignment: Alignment = .left) -> TableColumn {
        let widest = texts.reduce(DisplayWidth.width(of: title)) { max($0, DisplayWidth.width(of: $1)) }
        return TableColumn(title, content, width: .length(widest), alignment: alignment)
    }

    /// A column as wide as the widest of `texts` when there is room, and narrower (cut with `…`) when there is not:
    /// for the name a row is about, which should show whole before any `.fill` column beside it gets a cell.
    public static func upTo(_ texts: [String], _ content: ColumnContent = .text, alignment: Alignment = .left) -> TableColumn {
        let widest = texts.reduce(0) { max($0, DisplayWidth.width(of: $1)) }
        return TableColumn("", content, width: .max(widest), alignment: alignment)
    }
}

extension TableColumn {
    /// This column with `title` as its heading.
    public func titled(_ title: String) -> TableColumn {
        var column = self
        column.title = title
        return column
    }
}
