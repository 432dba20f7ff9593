import Foundation

/// A PostgreSQL store as the config's `store:` or `--store` names it: `postgresql://user@host:port/db?sslmode=…`.
///
/// The password never comes from here: a config file is read by many and copied into tickets, so a URL that
/// carries one is refused, and libpq finds it as it does for `psql` (`PGPASSFILE`, `~/.pgpass`, `PGPASSWORD`, or a
/// client certificate). Everything else in the URL is libpq's own URI syntax and is handed to it as it is.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    /// The schemes libpq accepts for a connection URI.
    static let schemes = ["postgresql://", "postgres://"]

    /// Whether `store` names a PostgreSQL store rather than a SQLite file.
    public static func names(_ store: String) -> Bool {
        schemes.contains { store.lowercased().hasPrefix($0) }
    }

    public init(_ text: String) throws {
        guard Self.names(text) else { throw PostgresError.badURL(text, "it must start with postgresql://") }
        guard let parts = URLComponents(string: text) else {
            throw PostgresError.badURL(text, "it is not a URL (percent-encode special characters in names)")
        }
        if parts.password != nil || parts.queryItems?.contains(where: { $0.name.lowercased() == "password" }) == true {
            // Named without the URL itself: the whole point is not to repeat the password.
            throw PostgresError.badURL("postgresql://…",
                                       "a password in the store URL is refused; put it in ~/.pgpass (or the file PGPASSFILE names)")
        }
        self.text = text
    }

    public var description: String { text }
}
