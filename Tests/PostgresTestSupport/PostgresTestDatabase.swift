/// One test's own database in the shared cluster, dropped when the value is released (connections still open to it
/// are cut off).
public final class PostgresTestDatabase: Sendable {
    public let cluster: PostgresCluster
    public let name: String

    init(cluster: PostgresCluster, name: String) {
        self.cluster = cluster
        self.name = name
    }

    /// The URL a store is opened with, as a user would write it in `store:`.
    public var url: String { cluster.url(name) }

    public func url(user: String) -> String { cluster.url(name, user: user) }

    /// Runs SQL as the superuser in this database (setting up roles, looking behind the store's back).
    public func superuserScript(_ sql: String) throws { try cluster.superuserScript(sql, database: name) }

    deinit { try? cluster.superuserScript("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
}
