import Foundation

/// A `sqlite` source: a read-only query on another SQLite file whose columns are named as record fields.
public struct SQLiteSettings: Sendable, Equatable {
    public var database: String
    public var query: String
    public var type: RecordType

    public init(database: String, query: String, type: RecordType) {
        self.database = database
        self.query = query
        self.type = type
    }

    static let keys = ["database", "query", "type"]

    static func read(_ fields: ConfigFields, _ reader: inout ConfigReader, _ paths: ConfigPaths) -> SQLiteSettings? {
        reader.require(keys, in: fields)
        let database = reader.string("database", in: fields, what: "a database path").map(paths.resolve)
        let query = reader.string("query", in: fields, what: "an SQL query")
        let type = reader.choice("type", in: fields, as: RecordType.self)
        if let database, !FileManager.default.isReadableFile(atPath: database) {
            let reason = FileManager.default.fileExists(atPath: database) ? "\(database) is not readable" : "no such file: \(database)"
            reader.problem(at: fields["database"], fields.path("database"), reason)
            return nil
        }
        guard let database, let query, let type else { return nil }
        return SQLiteSettings(database: database, query: query, type: type)
    }
}
