import Foundation

/// What went wrong talking to PostgreSQL, in words fit for a user: what was being done, the server's primary
/// message and its SQLSTATE. The statement's text is never part of it (it names tables and can hold data), and the
/// server's detail, which can quote a row's values, is kept apart for the log.
public struct PostgresError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What the store was doing: "connecting to postgresql://…", "store migration 3", a caller's own words.
    public var context: String
    public var message: String
    /// The server's five-character error code, when the server answered (not for a refused connection).
    public var sqlState: String?
    public var detail: String?
    public var hint: String?

    public init(context: String, message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil) {
        self.context = context
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
    }

    static func badURL(_ url: String, _ why: String) -> PostgresError {
        PostgresError(context: "store \(url)", message: why)
    }

    public var description: String {
        var text = "\(context): \(message)"
        if let sqlState { text += " (SQLSTATE \(sqlState))" }
        if let hint { text += "; \(hint)" }
        return text
    }

    /// The transaction lost a race with another (serialization failure or deadlock) and may simply be run again.
    public var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }
    /// Refused because the server is a hot standby (or the transaction was read-only).
    public var isReadOnly: Bool { sqlState == "25006" }
    /// Refused because the role lacks a privilege.
    public var isPermissionDenied: Bool { sqlState == "42501" }
    /// Refused by a trigger or check of the schema (`RAISE EXCEPTION`).
    public var isRaised: Bool { sqlState == "P0001" }
}
