/// One row of a `KeyValueList`; the value's style carries its meaning (an overdue count in `warn`).
public struct KeyValueItem: Sendable, Hashable {
    public var key: String
    public var value: String
    public var valueStyle: Style

    public init(_ key: String, _ value: String, style: Style = .plain) {
        self.key = key
        self.value = value
        self.valueStyle = style
    }
}
