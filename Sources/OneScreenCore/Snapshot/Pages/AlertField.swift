/// One named value a rule stored with its alert (`due: 2026-11-20`, `peak: 8.6`).
public struct AlertField: Sendable, Equatable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
