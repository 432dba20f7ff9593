/// Why one field of one row was refused; printed as `SOURCE:LINE: field: reason`.
public struct FieldProblem: Sendable, Equatable, CustomStringConvertible {
    public var field: String
    public var reason: String

    public init(_ field: String, _ reason: String) { self.field = field; self.reason = reason }

    public var description: String { "\(field): \(reason)" }
}
