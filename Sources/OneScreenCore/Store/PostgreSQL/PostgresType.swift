import CLibpq

/// The type OIDs the store binds and reads (fixed in PostgreSQL's catalog, `pg_type`).
enum PostgresType {
    static let bool: Oid = 16
    static let int8: Oid = 20
    static let int2: Oid = 21
    static let int4: Oid = 23
    static let text: Oid = 25
    static let oid: Oid = 26
    static let float4: Oid = 700
    static let float8: Oid = 701
    static let numeric: Oid = 1700

    /// A column's text as the value SQLite would have given: integers (booleans as 1 and 0, `SUM` of integers,
    /// which PostgreSQL types `numeric`, when whole), reals, and text for everything else.
    static func value(_ text: String, type: Oid) -> SQLValue {
        switch type {
        case int8, int4, int2, oid: return Int64(text).map(SQLValue.integer) ?? .text(text)
        case float8, float4: return Double(text).map(SQLValue.real) ?? .text(text)
        case bool: return .integer(text == "t" ? 1 : 0)
        case numeric:
            if let whole = Int64(text) { return .integer(whole) }
            return Double(text).map(SQLValue.real) ?? .text(text)
        default: return .text(text)
        }
    }
}
