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

    /// The rows of one statement, its arguments given as Swift values.
    func rows(_ sql: String, _ arguments: [any SQLValueConvertible] = []) throws -> [SQLRow] {
        try fetch(sql, arguments.map(\.sqlValue))
    }

    /// The first row of one statement, nil when it has none.
    func row(_ sql: String, _ arguments: [any SQLValueConvertible] = []) throws -> SQLRow? {
        try fetch(sql, arguments.map(\.sqlValue)).first
    }

    /// The first column of the first row as `T`; nil when there is no row or it is NULL.
    func value<T: SQLValueDecodable>(_ type: T.Type, _ sql: String, _ arguments: [any SQLValueConvertible] = []) throws -> T? {
        try value(sql, arguments.map(\.sqlValue)).map(T.decode)
    }

    /// The first column of every row as `T`.
    func column<T: SQLValueDecodable>(_ type: T.Type, _ sql: String, _ arguments: [any SQLValueConvertible] = []) throws -> [T] {
        try fetch(sql, arguments.map(\.sqlValue)).map { T.decode($0.values.first ?? .null) }
    }

    /// Runs one statement with its arguments given as Swift values (`execute` says how many rows it changed).
    func run(_ sql: String, _ arguments: [any SQLValueConvertible] = []) throws {
        try execute(sql, arguments.map(\.sqlValue))
    }
}
