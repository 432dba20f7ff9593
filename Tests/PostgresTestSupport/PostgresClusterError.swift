/// Why a throwaway PostgreSQL cluster could not be made or started.
public struct PostgresClusterError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
