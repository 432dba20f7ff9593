/// What the store holds, table by table, for `onescreen status`.
public struct StoreStatus: Sendable, Equatable, Codable {
    public struct Table: Sendable, Equatable, Codable {
        public var name: String
        public var rows: Int

        public init(name: String, rows: Int) {
            self.name = name
            self.rows = rows
        }
    }

    public var path: String
    public var tables: [Table]

    public init(path: String, tables: [Table]) {
        self.path = path
        self.tables = tables
    }
}
