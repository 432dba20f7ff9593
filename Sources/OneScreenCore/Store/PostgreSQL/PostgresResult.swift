import CLibpq

/// A libpq result, freed with its owner; checked for success when made, so holding one means the statement worked.
final class PostgresResult {
    let raw: OpaquePointer

    /// Takes `raw` over, throwing the server's error when its status is not one of `expecting`.
    init(_ raw: OpaquePointer, context: String, expecting: [ExecStatusType]) throws {
        self.raw = raw
        let status = PQresultStatus(raw)
        guard expecting.contains(status) else {
            throw PostgresError(
                context: context,
                message: Self.field(raw, "M") ?? PostgresText.clean(PQresultErrorMessage(raw)) ?? "the statement failed",
                sqlState: Self.field(raw, "C"), detail: Self.field(raw, "D"), hint: Self.field(raw, "H"))
        }
    }

    deinit { PQclear(raw) }

    /// One field of an error or notice (libpq's PG_DIAG_* codes are single letters), cleaned.
    static func field(_ result: OpaquePointer, _ code: Character) -> String? {
        PostgresText.clean(PQresultErrorField(result, Int32(code.asciiValue!)))
    }

    /// Rows an INSERT, UPDATE, DELETE or COPY touched; 0 for statements that report no count.
    var changedRows: Int { Int(String(cString: PQcmdTuples(raw))) ?? 0 }

    func rows() -> [SQLRow] {
        let rowCount = PQntuples(raw), columnCount = PQnfields(raw)
        let columns = (0..<columnCount).map { String(cString: PQfname(raw, $0)) }
        let types = (0..<columnCount).map { PQftype(raw, $0) }
        var rows: [SQLRow] = []
        rows.reserveCapacity(Int(rowCount))
        for r in 0..<rowCount {
            var values: [SQLValue] = []
            values.reserveCapacity(Int(columnCount))
            for c in 0..<columnCount {
                if PQgetisnull(raw, r, c) != 0 {
                    values.append(.null)
                } else {
                    values.append(PostgresType.value(String(cString: PQgetvalue(raw, r, c)), type: types[Int(c)]))
                }
            }
            rows.append(SQLRow(columns: columns, values: values))
        }
        return rows
    }
}
