/// Which store a config's `store:` or a `--store` names: a SQLite file by path, or a PostgreSQL database by URL.
public enum StoreAddress: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresURL)

    /// `postgresql://…` (or `postgres://…`) is a PostgreSQL database, checked as `PostgresURL` checks it; anything
    /// else is a file path, `~/` expanded.
    public init(_ text: String) throws {
        if PostgresURL.names(text) {
            self = .postgres(try PostgresURL(text))
        } else {
            self = .sqlite(path: StoreLocation.expand(text))
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): url.description
        }
    }
}
