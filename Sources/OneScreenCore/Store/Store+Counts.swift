
extension Store {
    /// Rows per record table and per reading rollup, for `onescreen status` and tests.
    public func tableCounts() throws -> [(String, Int)] {
        let tables = ["standard", "series", "reading", "reading_minute", "reading_hour", "lot", "lot_event", "customer", "tag", "orders", "moment",
                      "contract", "seal_use", "milestone", "marketing", "alert", "reject", "audit"]
        return try backend.read { db in
            try tables.map { ($0, try db.value(Int.self, "SELECT count(*) FROM \($0)") ?? 0) }
        }
    }
}
