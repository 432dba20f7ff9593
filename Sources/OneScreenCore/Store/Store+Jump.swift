
extension Store {
    /// Entries of each kind the jump bar completes: the newest of a store far bigger than the demo's, enough to type
    /// any recent id; an older one still opens when typed in full on its page's filter.
    public static let jumpIndexLimit = 20_000

    /// Lots (by product), contracts (by title), customers (by name) and sites, newest first where the store knows.
    public func jumpIndex() throws -> JumpIndex {
        try backend.read { db in
            var entries: [JumpEntry] = []
            for row in try db.rows("SELECT id, product FROM lot ORDER BY id DESC LIMIT ?", [Self.jumpIndexLimit]) {
                entries.append(JumpEntry(target: .lot(row["id"]), label: row["product"]))
            }
            for row in try db.rows("SELECT id, title FROM contract ORDER BY id DESC LIMIT ?", [Self.jumpIndexLimit]) {
                entries.append(JumpEntry(target: .contract(row["id"]), label: row["title"]))
            }
            for row in try db.rows("SELECT id, name FROM customer ORDER BY id LIMIT ?", [Self.jumpIndexLimit]) {
                entries.append(JumpEntry(target: .customer(row["id"]), label: row["name"]))
            }
            for row in try db.rows("""
                SELECT site, MIN(stage) AS stage FROM series GROUP BY site ORDER BY site LIMIT ?
                """, [Self.jumpIndexLimit]) {
                entries.append(JumpEntry(target: .site(row["site"]), label: row["stage"]))
            }
            return JumpIndex(entries: entries)
        }
    }

    /// The lots that were at `site` at some time in [`from`, `to`], newest first: the lot on a truck when its alert
    /// fired.
    static func lots(at site: String, from: Instant, to: Instant, _ db: any SQLConnection) throws -> [String] {
        let events = try db.rows("""
            SELECT lot, stage, site, time, event, note FROM lot_event WHERE lot IN (SELECT DISTINCT lot FROM lot_event WHERE site = ?)
            ORDER BY lot, time, stage, site, event
            """, [site])
        var byLot: [String: [LotEventLine]] = [:]
        for row in events { if let line = lotEvent(row) { byLot[row["lot"], default: []].append(line) } }
        return byLot.compactMap { lot, events -> (String, Instant)? in
            guard let visit = LotVisit.visits(events).last(where: { $0.site == site && $0.overlaps(from: from, to: to, now: to) }) else { return nil }
            return (lot, visit.arrived)
        }.sorted { ($0.1, $0.0) > ($1.1, $1.0) }.map(\.0)
    }
}
