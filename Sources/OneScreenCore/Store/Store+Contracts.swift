
extension Store {
    /// Contracts listed on the contracts page, largest first: every live contract of a regional group.
    public static let contractListLimit = 1_000

    static func contractList(_ db: any SQLConnection, today: CalendarDay) throws -> ContractListSnapshot {
        ContractListSnapshot(
            byStatus: try statusTotals(db),
            contracts: try contractRows(db, today: today, where: "TRUE", arguments: [], limit: contractListLimit))
    }

    static func contractChain(_ db: any SQLConnection, id: String, today: CalendarDay) throws -> ContractChain? {
        guard let contract = try contractRows(db, today: today, where: "c.id = ?", arguments: [id], limit: 1).first else {
            return nil
        }
        let seals = try db.rows("""
            SELECT id, seal, requested_by, approved_by, time, status FROM seal_use WHERE contract = ? ORDER BY time, id
            """, [id]).compactMap { row -> SealUseLine? in
            guard let seal = SealKind(rawValue: row["seal"]), let status = SealUseStatus(rawValue: row["status"]) else { return nil }
            return SealUseLine(id: row["id"], seal: seal, requestedBy: row["requested_by"], approvedBy: row["approved_by"],
                               time: Instant(millis: row["time"]), status: status)
        }
        let milestones = try db.rows("""
            SELECT id, name, due, done, amount FROM milestone WHERE contract = ? ORDER BY due, id
            """, [id]).compactMap { row -> MilestoneLine? in
            guard let due = CalendarDay(row["due"] as String) else { return nil }
            return MilestoneLine(id: row["id"], name: row["name"], due: due,
                                 done: (row["done"] as String?).flatMap { CalendarDay($0) }, amount: row["amount"])
        }
        let customer = try db.value(String.self, "SELECT id FROM customer WHERE name = ? ORDER BY id LIMIT 1", [contract.counterparty])
        return ContractChain(contract: contract, seals: seals, milestones: milestones, counterpartyCustomer: customer)
    }

    private static func contractRows(
        _ db: any SQLConnection, today: CalendarDay, where condition: String, arguments: [any SQLValueConvertible], limit: Int
    ) throws -> [ContractRow] {
        try db.rows("""
            SELECT c.id, c.title, c.counterparty, c.amount, c.status, c.owner, c.signed, c."end",
                   (SELECT COUNT(*) FROM milestone m WHERE m.contract = c.id AND m.done IS NULL AND m.due < ?) AS overdue
            FROM contract c WHERE \(condition) ORDER BY c.amount DESC, c.id LIMIT ?
            """, [today.description] + arguments + [limit]).compactMap { row -> ContractRow? in
            guard let status = ContractStatus(rawValue: row["status"]) else { return nil }
            return ContractRow(
                id: row["id"], title: row["title"], counterparty: row["counterparty"], amount: row["amount"],
                status: status, owner: row["owner"], signed: (row["signed"] as String?).flatMap { CalendarDay($0) },
                end: (row["end"] as String?).flatMap { CalendarDay($0) }, overdueMilestones: row["overdue"])
        }
    }
}
