/// How a transaction sees the database.
public enum PostgresTransactionKind: Sendable {
    /// Reads and writes, each statement seeing what was committed before it (READ COMMITTED).
    case write
    /// Reads only, every statement seeing the one state of the database the first one saw, as a SQLite read
    /// transaction does: a snapshot built from several queries is consistent. Allowed on a hot standby.
    case snapshot

    var begin: String {
        switch self {
        case .write: "BEGIN"
        case .snapshot: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        }
    }
}
