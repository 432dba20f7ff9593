/// A store engine's connection, inside a transaction, as the store's queries see it: SQL text in (written once,
/// see `SQLDialect`), plain `SQLValue`s out. Each backend provides one; nothing outside `Store/` holds one.
protocol SQLConnection {
    var dialect: SQLDialect { get }

    /// The rows of one statement with `?` or `?N` bound to `arguments`.
    func fetch(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]

    /// Runs one statement; how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [SQLValue]) throws -> Int
}

extension SQLConnection {
    func fetchOne(_ sql: String, _ arguments: [SQLValue] = []) throws -> SQLRow? {
        try fetch(sql, arguments).first
    }

    /// The first column of the first row; nil when there is no row or it is NULL.
    func value(_ sql: String, _ arguments: [SQLValue] = []) throws -> SQLValue? {
        guard let value = try fetchOne(sql, arguments)?.values.first, !value.isNull else { return nil }
        return value
    }
}
