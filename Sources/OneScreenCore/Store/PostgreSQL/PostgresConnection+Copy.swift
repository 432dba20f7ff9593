import CLibpq

extension PostgresConnection {
    /// Runs `COPY … FROM STDIN` (`sql`), with the rows `fill` adds, in one stream: the bulk path, with no round
    /// trip per row. If `fill` throws, the COPY is abandoned and nothing of it is kept.
    /// - Returns: the rows the server stored.
    @discardableResult
    public func copyIn(_ sql: String, context: String, _ fill: (inout PostgresCopyRows) throws -> Void) throws -> Int {
        guard let started = pq.exec(handle, sql) else { throw lostError(context) }
        _ = try PostgresResult(started, pq: pq, context: context, expecting: [PGRES_COPY_IN])
        var failure: (any Error)?
        do {
            var rows = PostgresCopyRows { bytes in
                let sent = bytes.withUnsafeBufferPointer { b in
                    b.withMemoryRebound(to: CChar.self) { self.pq.putCopyData(self.handle, $0.baseAddress, Int32($0.count)) }
                }
                guard sent == 1 else { throw self.lostError(context) }
            }
            try fill(&rows)
            try rows.flush()
        } catch {
            failure = error
        }
        // Ending with an error message makes the server fail the COPY, so a half-filled one stores nothing.
        guard pq.putCopyEnd(handle, failure == nil ? nil : "abandoned by the client") == 1 else { throw lostError(context) }
        var stored = 0
        var serverError: (any Error)?
        while let raw = pq.getResult(handle) {
            do {
                stored = try PostgresResult(raw, pq: pq, context: context, expecting: [PGRES_COMMAND_OK]).changedRows
            } catch {
                serverError = serverError ?? error
            }
        }
        if let failure { throw failure }
        if let serverError { throw serverError }
        return stored
    }
}
