/// A Swift value read out of a `SQLValue`, so that a query's row reads as `row["amount"]` with the type the
/// caller asks for, on either engine. A NULL read as a non-optional type gives that type's empty value, and a
/// text read as a number gives 0, rather than stopping the process: a store written by hand or by a newer version
/// must not take the server and every viewer down with it (the schema's NOT NULL keeps it from happening in ours).
public protocol SQLValueDecodable {
    static func decode(_ value: SQLValue) -> Self
}

extension String: SQLValueDecodable {
    public static func decode(_ value: SQLValue) -> String { value.string ?? "" }
}

extension Int64: SQLValueDecodable {
    public static func decode(_ value: SQLValue) -> Int64 { value.int64 ?? 0 }
}

extension Int: SQLValueDecodable {
    public static func decode(_ value: SQLValue) -> Int { value.int ?? 0 }
}

extension Double: SQLValueDecodable {
    public static func decode(_ value: SQLValue) -> Double { value.double ?? 0 }
}

/// As SQLite keeps them: any non-zero number is true.
extension Bool: SQLValueDecodable {
    public static func decode(_ value: SQLValue) -> Bool { (value.int64 ?? 0) != 0 }
}

extension Optional: SQLValueDecodable where Wrapped: SQLValueDecodable {
    public static func decode(_ value: SQLValue) -> Wrapped? { value.isNull ? nil : Wrapped.decode(value) }
}

extension SQLRow {
    /// The value of column `index` as `T`.
    public subscript<T: SQLValueDecodable>(_ index: Int) -> T { T.decode(index < values.count ? values[index] : .null) }

    /// The value of the first column named `name` as `T`; a missing column reads as NULL.
    public subscript<T: SQLValueDecodable>(_ name: String) -> T { T.decode(self[name] as SQLValue) }
}
