import GRDB

/// Runs a read-only query on another SQLite database; each row becomes a record of the configured type whose fields
/// are the columns (NULL columns are left out, as optional fields). Opened read-only per run, so the other
/// application may replace or vacuum its file between runs, and no query can write to it.
struct SQLiteQuerySource: DataSource {
    let settings: SQLiteSettings

    /// Waiting longer than this for the other application's write lock means it is busy; try again next run.
    static let busyTimeoutSeconds: Double = 5

    func run(_ context: SourceRunContext) async throws -> String? {
        let settings = self.settings
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(Self.busyTimeoutSeconds)
        let lines: [UInt8]
        do {
            let database = try DatabaseQueue(path: settings.database, configuration: configuration)
            defer { try? database.close() }
            // The query runs on a thread of its own; cancellation at the timeout interrupts it inside SQLite.
            lines = try await withTaskCancellationHandler {
                try await BlockingWork.run { _ in try database.read { db in try Self.records(db, settings) } }
            } onCancel: {
                database.interrupt()
            }
        } catch let error as DatabaseError {
            if Task.isCancelled { throw CancellationError() }
            throw SourceFailure("\(settings.database): \(error.message ?? "\(error)")")
        }
        if !lines.isEmpty {
            _ = await context.ingest(IngestInput(name: context.name, origin: .bytes(lines), type: settings.type, format: .jsonLines))
        }
        return nil
    }

    /// The query's rows as JSON Lines records of the configured type.
    static func records(_ db: Database, _ settings: SQLiteSettings) throws -> [UInt8] {
        var builder = JSONLineBuilder()
        let rows = try Row.fetchCursor(db, sql: settings.query)
        let names = rows.columnNames
        let hasType = names.contains("type")
        while let row = try rows.next() {
            if !hasType { builder.field("type", settings.type.rawValue) }
            for (index, name) in names.enumerated() {
                switch (row[index] as DatabaseValue).storage {
                case .null: continue
                case .int64(let n): builder.field(name, n)
                case .double(let d): builder.field(name, d)
                case .string(let s): builder.field(name, s)
                case .blob(let data): builder.field(name, String(decoding: data, as: UTF8.self))
                }
            }
            builder.endLine()
        }
        return builder.bytes
    }
}
