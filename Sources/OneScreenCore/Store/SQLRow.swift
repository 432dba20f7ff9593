/// One row of a query's result as plain values, by position or by column name.
public struct SQLRow: Sendable, Equatable {
    /// The result's column names, shared by all its rows.
    public let columns: [String]
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    public var count: Int { values.count }

    public subscript(_ index: Int) -> SQLValue { values[index] }

    /// The first column of that name; `.null` when there is none, as for a missing value.
    public subscript(_ name: String) -> SQLValue {
        columns.firstIndex(of: name).map { values[$0] } ?? .null
    }
}
