/// One tag of a customer as the 360 view lists it.
public struct CustomerTagLine: Sendable, Hashable, Codable {
    public var kind: TagKind
    public var key: String
    public var value: String

    public init(kind: TagKind, key: String, value: String) {
        self.kind = kind
        self.key = key
        self.value = value
    }
}
