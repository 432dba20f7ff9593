import CLibpq

/// A libpq result, freed with its owner; checked for success when made, so holding one means the statement worked.
final class PostgresResult {
    let raw: OpaquePointer
    private let pq: Libpq

    /// Takes `raw` over, throwing the server's error when its status is not one of `expecting`.
    init(_ raw: OpaquePointer, pq: Libpq, context: String, expecting: [ExecStatusType]) throws {
        self.raw = raw
        self.pq = pq
        let status = pq.resultStatus(raw)
        guard expecting.contains(status) else {
            throw PostgresError(
                context: context,
                message: Self.field(raw, "M", pq: pq) ?? PostgresText.clean(pq.resultErrorMessage(raw)) ?? "the statement failed",
                sqlState: Self.field(raw, "C", pq: pq), detail: Self.field(raw, "D", pq: pq), hint: Self.field(raw, "H", pq: pq))
        }
    }

    deinit { pq.clear(raw) }

    /// One field of an error or notice (libpq's PG_DIAG_* codes are single letters), cleaned.
    static func field(_ result: OpaquePointer, _ code: Character, pq: Libpq) -> String? {
        PostgresText.clean(pq.resultErrorField(result, Int32(code.asciiValue!)))
    }

    /// Rows an INSERT, UPDATE, DELETE or COPY touched; 0 for statements that report no count.
    var changedRows: Int { pq.cmdTuples(raw).flatMap { Int(String(cString: $0)) } ?? 0 }

    func rows() -> [SQLRow] {
        let rowCount = pq.ntuples(raw), columnCount = pq.nfields(raw)
        let columns = (0..<columnCount).map { pq.fname(raw, $0).map { String(cString: $0) } ?? "" }
        let types = (0..<columnCount).map { pq.ftype(raw, $0) }
        var rows: [SQLRow] = []
        rows.reserveCapacity(Int(rowCount))
        for r in 0..<rowCount {
            var values: [SQLValue] = []
            values.reserveCapacity(Int(columnCount))
            for c in 0..<columnCount {
                if pq.getisnull(raw, r, c) != 0 {
                    values.append(.null)
                } else {
                    values.append(PostgresType.value(pq.getvalue(raw, r, c).map { String(cString: $0) } ?? "", type: types[Int(c)]))
                }
            }
            rows.append(SQLRow(columns: columns, values: values))
        }
        return rows
    }
}
