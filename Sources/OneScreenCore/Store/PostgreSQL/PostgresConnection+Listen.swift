import CLibpq
import Foundation

extension PostgresConnection {
    /// Starts receiving `NOTIFY`s on `channel`. A hot standby refuses this (`isReadOnly`): watch its replay
    /// position instead.
    public func listen(_ channel: String) throws {
        try execute("LISTEN \(try quoteIdentifier(channel))", context: "listening for store changes")
    }

    /// The descriptor that becomes readable when a notification (or anything else) arrives, for `poll` beside
    /// a terminal's or a socket's.
    public var socket: Int32 { pq.socket(handle) }

    /// The notifications that have arrived, reading what the socket holds without waiting.
    public func notifications() throws -> [PostgresNotification] {
        guard pq.consumeInput(handle) == 1 else { throw lostError("reading store changes") }
        var found: [PostgresNotification] = []
        while let raw = pq.notifies(handle) {
            let n = raw.pointee
            found.append(PostgresNotification(channel: String(cString: n.relname), payload: String(cString: n.extra),
                                              senderPID: n.be_pid))
            pq.freemem(raw)
        }
        return found
    }

    /// Waits up to `timeout` for notifications; empty when none came.
    public func waitForNotifications(timeout: Duration) throws -> [PostgresNotification] {
        let pending = try notifications()
        if !pending.isEmpty { return pending }
        var entry = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let millis = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let ready = poll(&entry, 1, millis)
        guard ready > 0 else { return [] }
        return try notifications()
    }
}
