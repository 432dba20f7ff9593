/// The PostgreSQL backend's `SQLConnection`: the store's portable statements with their placeholders renumbered.
extension PostgresConnection: SQLConnection {
    var dialect: SQLDialect { .postgres }

    func fetch(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        try fetch(SQLDialect.postgres.statement(sql), arguments, context: "store")
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [SQLValue]) throws -> Int {
        try execute(SQLDialect.postgres.statement(sql), arguments, context: "store")
    }
}
