/// Why a run of a source failed, as the Sources page shows it (`exit 1: gateway unreachable`).
public struct SourceFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}
