import Logging

/// Where the server's notices and warnings go: libpq prints them on stderr by default, which would scribble over a
/// curses screen. They are cleaned (they can quote data) and handed to a handler, the log by default.
final class PostgresNoticeSink: Sendable {
    let handler: @Sendable (String) -> Void
    /// For reading the notice's fields in libpq's callback, which can capture nothing.
    let pq: Libpq

    init(handler: (@Sendable (String) -> Void)?, pq: Libpq) {
        self.pq = pq
        if let handler {
            self.handler = handler
        } else {
            let logger = Logger(label: "onescreen.store.postgresql")
            self.handler = { logger.warning("\($0)") }
        }
    }

    func receive(severity: String?, message: String?) {
        guard let message else { return }
        handler(PostgresText.clean("\(severity ?? "NOTICE"): \(message)"))
    }
}
