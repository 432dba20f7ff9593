/// A field value as it arrived, before the record's schema gives it a type.
public enum RawValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    /// A CSV cell: untyped text that the schema converts (numbers, times) itself.
    case text(String)
    /// `NaN`, `Infinity` or a number too large for a Double: kept so the error can say exactly what came.
    case nonFinite(String)
    /// An array or object, which no record field takes.
    case composite
}

public struct RawField: Sendable, Equatable {
    public var name: String
    public var value: RawValue

    public init(name: String, value: RawValue) { self.name = name; self.value = value }
}
