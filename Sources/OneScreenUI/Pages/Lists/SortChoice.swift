/// How a list is sorted: by which column (its stable id, so a saved choice survives new columns) and which way.
public struct SortChoice: Sendable, Hashable, Codable {
    public var column: String
    public var descending: Bool

    public init(column: String, descending: Bool) {
        self.column = column
        self.descending = descending
    }
}
