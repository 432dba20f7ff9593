/// Tells a viewer whether anything was committed to a PostgreSQL store since it last asked, as
/// `StoreChangeMonitor` does for SQLite.
///
/// On a primary it listens for the store's notifications (one per committed change, `PostgresSchema`), and its
/// socket can be polled beside a terminal's. A hot standby refuses LISTEN, so there it compares the WAL position
/// the standby has replayed (`pg_last_wal_replay_lsn()`), which moves with every change replayed from the primary,
/// and can say how far behind the primary it is.
public final class PostgresChangeMonitor {
    private let connection: PostgresConnection
    public let isStandby: Bool
    private var asked = false
    private var lastReplayed: String?

    public init(_ url: PostgresURL) throws {
        connection = try PostgresConnection(url, applicationName: "onescreen viewer")
        do {
            try connection.listen(PostgresSchema.changeChannel)
            isStandby = false
        } catch let error as PostgresError where error.isReadOnly {
            isStandby = true
        }
    }

    /// The descriptor that turns readable when a notification arrives; nil on a standby, which must be polled.
    public var socket: Int32? { isStandby ? nil : connection.socket }

    /// True the first time and whenever a change was committed (or, on a standby, replayed) since the last call.
    public func hasChanged() throws -> Bool {
        defer { asked = true }
        if isStandby {
            let replayed = try connection.fetchOne("SELECT pg_last_wal_replay_lsn()::text", context: "watching the standby")?[0].string
            defer { lastReplayed = replayed }
            return !asked || replayed != lastReplayed
        }
        let arrived = try connection.notifications()
        return !asked || !arrived.isEmpty
    }

    /// How many seconds the standby's data is behind the primary: 0 when it has replayed all it received, else the
    /// age of the last transaction it replayed; nil on a primary, or when the standby has replayed nothing yet.
    public func standbyLag() throws -> Double? {
        guard isStandby else { return nil }
        return try connection.fetchOne("""
            SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                        ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END
            """, context: "reading the standby's lag")?[0].double
    }
}
