import Dispatch
import GRDB

/// Runs a read-only query on another SQLite database; each row becomes a record of the configured type whose fields
/// are the columns (NULL columns are left out, as optional fields). Opened read-only per run, so the other
/// application may replace or vacuum its file between runs, and no query can write to it.
struct SQLiteQuerySource: DataSource {
    let settings: SQLiteSettings

    /// Waiting longer than this for the other application's write lock means it is busy; try again next run.
    static let busyTimeoutSeconds: Double = 5
    /// Rows one run takes: a query meant to poll new rows returns a few thousand; one returning millions (or a
    /// recursive CTE that never ends) is a mistake to report, not a load to carry.
    static let maxRows = 1_000_000
    /// The query's page cache, in KiB: sorts and temporary tables larger than this spill to disk, so a query's
    /// memory stays small whatever it asks for.
    static let cacheKiB = 8 << 10

    func run(_ context: SourceRunContext) async throws -> String? {
        let settings = self.settings
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(Self.busyTimeoutSeconds)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKiB)") }
        let handoff = ChunkHandoff(context: context, name: context.name, type: settings.type)
        do {
            let database = try DatabaseQueue(path: settings.database, configuration: configuration)
            defer { try? database.close() }
            // At the source's timeout the query is interrupted inside SQLite, whether or not it is producing rows;
            // the collector's cancellation (shutdown) does the same.
            let timer = DispatchWorkItem { database.interrupt() }
            DispatchQueue.global().asyncAfter(deadline: .now() + context.timeout.secondsValue, execute: timer)
            defer { timer.cancel() }
            try await withTaskCancellationHandler {
                try await BlockingWork.run { _ in try database.read { db in try Self.records(db, settings, handoff) } }
            } onCancel: {
                database.interrupt()
            }
        } catch let error as DatabaseError {
            if Task.isCancelled { throw CancellationError() }
            if error.resultCode == .SQLITE_INTERRUPT {
                throw SourceFailure("\(settings.database): query interrupted at the timeout of \(context.timeout.configText)")
            }
            throw SourceFailure("\(settings.database): \(error.message ?? "\(error)")")
        }
        return nil
    }

    /// Hands the query's rows to ingest as JSON Lines records of the configured type, a chunk at a time.
    static func records(_ db: Database, _ settings: SQLiteSettings, _ handoff: ChunkHandoff) throws {
        var builder = JSONLineBuilder()
        var handed = 0
        let rows = try Row.fetchCursor(db, sql: settings.query)
        let names = rows.columnNames
        let hasType = names.contains("type")
        var count = 0
        while let row = try rows.next() {
            count += 1
            guard count <= maxRows else {
                if !builder.bytes.isEmpty { handoff.deliver(builder.bytes, firstLine: handed + 1) }
                throw SourceFailure("\(settings.database): the query returned more than \(maxRows) rows; stopped there (add a WHERE or a LIMIT)")
            }
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
            if builder.bytes.count >= LineChunker.chunkBytes {
                handoff.deliver(builder.bytes, firstLine: handed + 1)
                handed = count
                builder = JSONLineBuilder()
            }
        }
        if !builder.bytes.isEmpty { handoff.deliver(builder.bytes, firstLine: handed + 1) }
    }
}
