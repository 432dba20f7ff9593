/// A table column: its heading, how wide it is (any layout `Constraint`: `.length(8)` fixed, `.fill(1)` a share of the
/// rest, `.min(10)` at least), and which side its text keeps to (numbers `.right`).
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var width: Constraint
    public var alignment: Alignment

    public init(_ title: String, width: Constraint = .fill(1), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
