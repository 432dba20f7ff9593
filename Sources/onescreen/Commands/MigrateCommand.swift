import ArgumentParser
import Foundation
import OneScreenCore

/// Creates or upgrades a store's schema: the one step a PostgreSQL store needs before anything else opens it (a
/// SQLite store migrates itself when opened), optionally granting the application role its rights and copying an
/// existing SQLite store across.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the store's schema (PostgreSQL: run as the database's owner).",
        discussion: """
            Safe to run again, and from several machines at once: each migration is applied once, in one transaction.
            The password comes from ~/.pgpass, PGPASSFILE or PGPASSWORD, never from the URL.
            """)

    @Option(name: .long, help: ArgumentHelp("The store: postgresql://user@host:port/db?sslmode=… or a SQLite path (default: the config's store:).",
                                            valueName: "url"))
    var store: String?

    @OptionGroup var config: ConfigOption

    @Option(name: .long, help: ArgumentHelp("A PostgreSQL role that serve and collect log in as: may read and write the records and add to the audit, never change or empty it (repeatable; remembered for later migrations).",
                                            valueName: "role"))
    var grant: [String] = []

    @Option(name: .customLong("copy-from"), help: ArgumentHelp("A SQLite store whose rows to copy into the new PostgreSQL store.", valueName: "path"))
    var copyFrom: String?

    func run() throws {
        let named = try store ?? config.load().store ?? StoreLocation.defaultPath()
        let address: StoreAddress
        do { address = try StoreAddress(named) } catch { throw Refusal("\(error)") }
        switch address {
        case .sqlite(let path):
            guard grant.isEmpty, copyFrom == nil else { throw Refusal("--grant and --copy-from are for a PostgreSQL store") }
            do { _ = try Store(path: path) } catch { throw Refusal("\(error)") }
            print("store \(path): schema up to date")
        case .postgres(let url):
            do {
                let db = try PostgresConnection(url)
                let outcome = try PostgresMigrator.migrate(db, grantTo: grant)
                let from = outcome.from.map { "version \($0)" } ?? "no store"
                print("store \(url): \(from) → version \(outcome.to)" + (outcome.roles.isEmpty ? "" : "; rights granted to \(outcome.roles.joined(separator: ", "))"))
                if let copyFrom {
                    let path = StoreLocation.expand(copyFrom)
                    guard FileManager.default.fileExists(atPath: path) else { throw Refusal("no SQLite store at \(path) to copy from") }
                    let source = try Store(path: path)
                    let copied = try SQLiteToPostgresCopy.copy(from: source, into: db) { table, rows in
                        if rows > 0 { print("  \(table): \(rows) rows") }
                    }
                    print("copied \(copied.reduce(0) { $0 + $1.rows }) rows from \(copyFrom)")
                }
            } catch let error as PostgresError {
                throw Refusal(error.description)
            }
        }
    }
}
