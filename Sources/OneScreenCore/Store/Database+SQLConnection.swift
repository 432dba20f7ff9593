import GRDB

/// The SQLite backend's `SQLConnection` is GRDB's database inside one of its transactions, so a store query written
/// against `SQLConnection` runs in the SQLite store's own transactions unchanged. Statements are prepared once per
/// connection (GRDB's statement cache): the store runs the same few texts over and over.
extension Database: SQLConnection {
    public var dialect: SQLDialect { .sqlite }

    public func fetch(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        let statement = try cachedStatement(sql: sql)
        let columns = statement.columnNames
        var rows: [SQLRow] = []
        let cursor = try Row.fetchCursor(statement, arguments: Self.arguments(arguments))
        while let row = try cursor.next() { rows.append(SQLRow(row, columns: columns)) }
        return rows
    }

    @discardableResult
    public func execute(_ sql: String, _ arguments: [SQLValue]) throws -> Int {
        try cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
        return changesCount
    }

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .null: nil
            case .integer(let i): i
            case .real(let d): d
            case .text(let s): s
            }
        })
    }

    static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: .null
        case .int64(let i): .integer(i)
        case .double(let d): .real(d)
        case .string(let s): .text(s)
        // The store keeps no blobs; one read from elsewhere is shown as the text it holds.
        case .blob(let data): .text(String(decoding: data, as: UTF8.self))
        }
    }
}

extension SQLRow {
    /// A GRDB row's values; `columns` shared by all rows of one statement.
    init(_ row: Row, columns: [String]) {
        self.init(columns: columns, values: (0..<row.count).map { Database.value(row[$0] as DatabaseValue) })
    }
}
