import CLibpq
import Foundation

/// One connection to a PostgreSQL server, through libpq, answering with plain `SQLValue`s.
///
/// Why libpq (Debian's `libpq-dev`, as a system library like ncursesw) and not an async Swift client such as
/// postgres-nio: the store is synchronous — GRDB's SQLite store is, the writer runs a batch in one call, the
/// snapshot reads in one transaction — so a blocking client fits it without an event loop or a bridge from async
/// code; COPY and LISTEN/NOTIFY are libpq's own, with the notification socket as a plain fd for the viewers' `poll`;
/// it is the client `psql`, `pg_dump` and every HA tool use, so `sslmode`, `~/.pgpass`, `PGPASSFILE` and the
/// `PG*` environment behave exactly as users know them; and it costs no build time, where postgres-nio and its
/// SwiftNIO tree add about four minutes to every clean CI build.
///
/// Not for use from two threads at once (libpq's connections are not): `@unchecked Sendable` only so that a
/// backend can hand it from one caller to the next, each holding it alone (`PostgresBackend`).
/// Values travel as text both ways: PostgreSQL prints floats in their shortest exact form, so a double comes back
/// bit for bit, and text keeps the code free of per-type binary layouts.
public final class PostgresConnection: @unchecked Sendable {
    public let url: PostgresURL
    let pq: Libpq
    private let connection: OpaquePointer
    private let notices: PostgresNoticeSink

    /// libpq waits for a silent host forever by default; a store that cannot be reached is an error to report.
    static let connectTimeoutSeconds = 10

    /// Connects to `url`, with the password (if any) from libpq's usual places.
    /// - Parameter onNotice: receives the server's warnings, cleaned; nil sends them to the log.
    public init(_ url: PostgresURL, applicationName: String = "onescreen", onNotice: (@Sendable (String) -> Void)? = nil) throws {
        self.url = url
        do throws(MissingLibrary) { pq = try Libpq.shared.get() } catch {
            throw PostgresError(context: "connecting to \(url)", message: error.description)
        }
        connection = try Self.connect(url, applicationName: applicationName, pq: pq)
        notices = PostgresNoticeSink(handler: onNotice, pq: pq)
        _ = pq.setNoticeReceiver(connection, { context, result in
            guard let context, let result else { return }
            let sink = Unmanaged<PostgresNoticeSink>.fromOpaque(context).takeUnretainedValue()
            sink.receive(severity: PostgresResult.field(result, "V", pq: sink.pq), message: PostgresResult.field(result, "M", pq: sink.pq))
        }, Unmanaged.passUnretained(notices).toOpaque())
        // Notices such as "relation already exists, skipping" are for an operator at psql, not for our log.
        try execute("SET client_min_messages = warning")
    }

    deinit { pq.finish(connection) }

    /// Defaults first, then the URL: libpq takes the last value of a repeated keyword, so the URL's own
    /// `connect_timeout` or `application_name` wins; the encoding is ours, since all our text is UTF-8.
    private static func connect(_ url: PostgresURL, applicationName: String, pq: Libpq) throws -> OpaquePointer {
        let keywords = ["connect_timeout", "fallback_application_name", "dbname", "client_encoding"]
        let values = [String(connectTimeoutSeconds), applicationName, url.text, "UTF8"]
        let made = withCStrings(keywords) { k in withCStrings(values) { v in pq.connectdbParams(k, v, 1) } }
        guard let made else { throw PostgresError(context: "connecting to \(url)", message: "out of memory") }
        guard pq.status(made) == CONNECTION_OK else {
            let why = connectionMessage(made, pq: pq)
            pq.finish(made)
            throw PostgresError(context: "connecting to \(url)", message: why)
        }
        return made
    }

    /// libpq's text for a failed connection: one line per address tried; joined, so it fits a status line.
    private static func connectionMessage(_ connection: OpaquePointer, pq: Libpq) -> String {
        let raw = pq.errorMessage(connection).map { String(cString: $0) } ?? ""
        let lines = raw.split(whereSeparator: \.isNewline).map { PostgresText.clean($0) }.filter { !$0.isEmpty }
        return lines.isEmpty ? "the connection failed" : lines.joined(separator: "; ")
    }

    // MARK: Statements

    /// Runs one statement with `$1`, `$2`… bound to `arguments`.
    /// - Parameter context: what the caller is doing, for the error (never the statement itself).
    /// - Returns: the rows it changed (0 for statements that report none).
    @discardableResult
    public func execute(_ sql: String, _ arguments: [SQLValue] = [], context: String = "store") throws -> Int {
        let result = try run(sql, arguments, context: context)
        return result.changedRows
    }

    /// Runs one statement and returns its rows.
    public func fetch(_ sql: String, _ arguments: [SQLValue] = [], context: String = "store") throws -> [SQLRow] {
        try run(sql, arguments, context: context).rows()
    }

    /// The first row, or nil when there is none.
    public func fetchOne(_ sql: String, _ arguments: [SQLValue] = [], context: String = "store") throws -> SQLRow? {
        try fetch(sql, arguments, context: context).first
    }

    /// Several statements in one round trip, with no parameters (a migration's DDL). They run as one implicit
    /// transaction unless they contain their own.
    public func executeScript(_ sql: String, context: String) throws {
        guard let raw = pq.exec(connection, sql) else { throw lostError(context) }
        _ = try PostgresResult(raw, pq: pq, context: context, expecting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK])
    }

    func run(_ sql: String, _ arguments: [SQLValue], context: String) throws -> PostgresResult {
        let raw = Self.withParameters(arguments) { count, types, values in
            pq.execParams(connection, sql, count, types, values, nil, nil, 0)
        }
        guard let raw else { throw lostError(context) }
        return try PostgresResult(raw, pq: pq, context: context, expecting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK])
    }

    /// The error when libpq returned no result at all: the connection broke or memory ran out.
    func lostError(_ context: String) -> PostgresError {
        PostgresError(context: context, message: Self.connectionMessage(connection, pq: pq))
    }

    /// Whether the connection is gone (server restarted, network cut): the caller opens a new one.
    public var isBroken: Bool { pq.status(connection) != CONNECTION_OK }

    /// The server's major version times 10,000 (150004 for 15.4).
    public var serverVersion: Int { Int(pq.serverVersion(connection)) }

    /// `name` quoted as an identifier, for the few statements (LISTEN, partition names) that cannot take a parameter.
    public func quoteIdentifier(_ name: String) throws -> String {
        guard let quoted = pq.escapeIdentifier(connection, name, name.utf8.count) else { throw lostError("quoting \(name)") }
        defer { pq.freemem(quoted) }
        return String(cString: quoted)
    }

    // MARK: Transactions

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ kind: PostgresTransactionKind = .write, context: String = "store",
                               _ body: () throws -> T) throws -> T {
        try begin(kind, context: context)
        return try finish(context: context, body)
    }

    func begin(_ kind: PostgresTransactionKind, context: String) throws {
        precondition(pq.transactionStatus(connection) == PQTRANS_IDLE, "transactions do not nest")
        try execute(kind.begin, context: context)
    }

    /// The rest of a transaction `begin` started.
    func finish<T>(context: String, _ body: () throws -> T) throws -> T {
        do {
            let value = try body()
            try execute("COMMIT", context: context)
            return value
        } catch {
            // A failed COMMIT has already ended the transaction; anything else left it open or aborted.
            if pq.transactionStatus(connection) != PQTRANS_IDLE { _ = try? execute("ROLLBACK", context: context) }
            throw error
        }
    }

    // MARK: Parameters

    /// Binds `arguments` as text with their types spelled out (bigint, double precision, text), so the server need
    /// not guess them where the statement does not say (`$1 + 1`). NULL stays untyped, taking the type of the column
    /// or expression it meets, as it does in SQLite.
    static func withParameters<R>(_ arguments: [SQLValue],
                                  _ body: (Int32, UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
        let types: [Oid] = arguments.map {
            switch $0 {
            case .null: 0
            case .integer: PostgresType.int8
            case .real: PostgresType.float8
            case .text: PostgresType.text
            }
        }
        let texts = arguments.map(\.string)
        let pointers: [UnsafeMutablePointer<CChar>?] = texts.map { $0.map { strdup($0)! } }
        defer { for p in pointers { free(p) } }
        return types.withUnsafeBufferPointer { t in
            pointers.map { UnsafePointer($0) }.withUnsafeBufferPointer { v in
                body(Int32(arguments.count), t.baseAddress, v.baseAddress)
            }
        }
    }

    /// `strings` as a NULL-terminated array of C strings, for libpq's keyword/value lists.
    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0)! } + [nil]
        defer { for p in pointers { free(p) } }
        return pointers.map { UnsafePointer($0) }.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    // MARK: For the COPY and LISTEN extensions

    var handle: OpaquePointer { connection }
}
