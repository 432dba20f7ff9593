import Foundation

/// Brings a PostgreSQL database to the store's current schema (`onescreen migrate`), and checks at open that it
/// is there.
///
/// Safe for concurrent starts: everything runs in one transaction under an advisory lock, so a second `migrate`
/// (or a second site's) waits for the first and then finds nothing left to do, and PostgreSQL's DDL is
/// transactional, so a migration that fails half-way leaves the schema as it was.
public enum PostgresMigrator {
    /// What a migration run did.
    public struct Outcome: Sendable, Equatable {
        /// The version before, nil for a database without a store.
        public var from: Int?
        public var to: Int
        /// The roles granted the application's rights, all of them, not only those named this time.
        public var roles: [String]
    }

    /// Applies the migrations `db` lacks and grants `roles` (added to those granted before) the application's
    /// rights on the whole schema.
    public static func migrate(_ db: PostgresConnection, grantTo roles: [String] = []) throws -> Outcome {
        try db.transaction(context: "migrating the store") {
            try db.execute("SELECT pg_advisory_xact_lock($1)", [.integer(PostgresSchema.migrationLock)], context: "migrating the store")
            try db.execute("""
                CREATE TABLE IF NOT EXISTS store_migration (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, context: "migrating the store")
            let from = try appliedVersion(db)
            try refuseNewer(from, db)
            let schema = try schemaName(db)
            for migration in PostgresSchema.migrations where migration.version > (from ?? 0) {
                let context = "store migration \(migration.version) (\(migration.name))"
                try db.executeScript(migration.sql.replacingOccurrences(of: "{schema}", with: schema), context: context)
                try db.execute("INSERT INTO store_migration (version, name) VALUES ($1, $2)",
                               [.integer(Int64(migration.version)), .text(migration.name)], context: context)
            }
            for role in roles {
                try db.execute("INSERT INTO store_role (name) VALUES ($1) ON CONFLICT DO NOTHING", [.text(role)],
                               context: "recording role \(role)")
            }
            let granted = try db.fetch("SELECT name FROM store_role ORDER BY name", context: "migrating the store").compactMap { $0[0].string }
            for role in granted {
                let sql = PostgresSchema.grants(to: try db.quoteIdentifier(role)).replacingOccurrences(of: "{schema}", with: schema)
                try db.executeScript(sql, context: "granting role \(role) the store's rights")
            }
            return Outcome(from: from, to: PostgresSchema.currentVersion, roles: granted)
        }
    }

    /// Throws unless `db` holds the schema this onescreen knows, saying what to do.
    public static func checkCurrent(_ db: PostgresConnection) throws {
        let applied = try db.fetchOne("SELECT to_regclass('store_migration') IS NOT NULL", context: "opening the store")?[0] == .integer(1)
            ? try appliedVersion(db) : nil
        try refuseNewer(applied, db)
        guard applied == PostgresSchema.currentVersion else {
            throw PostgresError(
                context: "opening store \(db.url)",
                message: applied.map { "its schema is at version \($0), this onescreen needs \(PostgresSchema.currentVersion)" }
                    ?? "the database holds no onescreen store",
                hint: "run `onescreen migrate --store \(db.url)` as the database's owner")
        }
    }

    private static func appliedVersion(_ db: PostgresConnection) throws -> Int? {
        try db.fetchOne("SELECT max(version) FROM store_migration", context: "reading the store's version")?[0].int
    }

    private static func refuseNewer(_ applied: Int?, _ db: PostgresConnection) throws {
        guard let applied, applied > PostgresSchema.currentVersion else { return }
        throw PostgresError(context: "opening store \(db.url)",
                            message: "its schema is at version \(applied), newer than this onescreen knows (\(PostgresSchema.currentVersion))",
                            hint: "upgrade onescreen on this machine")
    }

    /// The schema the store lives in (the first of the search path), quoted.
    private static func schemaName(_ db: PostgresConnection) throws -> String {
        guard let name = try db.fetchOne("SELECT current_schema()", context: "migrating the store")?[0].string else {
            throw PostgresError(context: "migrating store \(db.url)", message: "no schema of the search path exists to create the store in")
        }
        return try db.quoteIdentifier(name)
    }
}
