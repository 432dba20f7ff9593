import GRDB

/// Writes ingest batches, one transaction each, so a killed process leaves whole batches only.
///
/// Checks that need the store happen here, inside the transaction, in row order: references (a tag for an
/// unknown customer), a series changing its unit or stage, a lot changing its product. Because earlier rows of
/// the same batch are already inserted, "known" includes rows earlier in the same run, as RECORDS.md says.
/// One writer per process; it caches ids that never change once committed and forgets them on rollback.
///
/// The hour rollups of readings are kept here too, in the transaction that stores the readings, so they never lag
/// the raw rows: each stored reading is added to its hour (judged against its series' band), and a stored standard
/// has the hours of its metric's series judged again (see `StoreSchema.v3Rollups`; minutes are made by retention).
public final class StoreWriter {
    let store: Store
    private var series: [SeriesKey: SeriesInfo] = [:]
    private var sources: [String: Int64] = [:]
    private var knownCustomers: Set<String> = []
    private var knownContracts: Set<String> = []
    private var bands = BandCache()

    /// What the writer knows of a series. The stage is kept as read from the store, and compared as a `Stage`: a
    /// name no `Stage` has (a store written by a newer version) then differs from every reading's stage.
    struct SeriesInfo {
        var id: Int64
        var stageName: String
        var unit: String
        var stage: Stage?

        init(id: Int64, stage: String, unit: String) {
            self.id = id; stageName = stage; self.unit = unit; self.stage = Stage(rawValue: stage)
        }
    }

    /// Who may change whose records; the collector sets it from the config.
    public var ownership: RecordOwnership

    public init(store: Store, ownership: RecordOwnership = .open) {
        self.store = store
        self.ownership = ownership
    }

    /// Writes the rows of `batch` in one transaction and returns what became of each, in order.
    public func write(_ pending: PendingBatch, source: String, at now: Instant) throws -> [RowOutcome] {
        let rows = pending.rows
        do {
            return try store.pool.write { db in
                let sourceID = try self.sourceID(source, db)
                // Prepared whether or not the batch holds readings: a prepare costs microseconds, a batch milliseconds.
                var batch = Batch(readings: try ReadingInsert(db), rollups: RollupBatch(readings: rows.count))
                try self.bands.forgetIfBandsMoved(db)
                var outcomes: [RowOutcome] = []
                outcomes.reserveCapacity(rows.count)
                for i in rows.indices {
                    let outcome: RowOutcome
                    switch rows[i].content {
                    // Readings have no owner to ask (see `owned`): the bulk of every feed goes straight in.
                    case .record(.reading(let r)): outcome = try self.insert(r, sourceID: sourceID, &batch, db)
                    case .record(let record): outcome = try self.owned(record, source: source, sourceID: sourceID, db) {
                        try self.insert(record, sourceID: sourceID, &batch, db)
                    }
                    case .rejected(let problems): outcome = .rejected(problems)
                    }
                    if case .rejected(let problems) = outcome {
                        try self.insertReject(rows[i], raw: pending.raw(of: rows[i]), problems: problems, sourceID: sourceID, at: now, db)
                    }
                    outcomes.append(outcome)
                }
                try batch.rollups.write(db)
                if !batch.standardMetrics.isEmpty { try self.rejudge(batch.standardMetrics, db) }
                return outcomes
            }
        } catch {
            forgetCaches()
            throw error
        }
    }

    private func forgetCaches() {
        series.removeAll()
        sources.removeAll()
        knownCustomers.removeAll()
        knownContracts.removeAll()
        bands.forget()
    }

    /// What one write transaction carries from row to row.
    private struct Batch {
        let readings: ReadingInsert
        var rollups: RollupBatch
        /// Metrics a standard was stored for: their series' hours are judged again before commit.
        var standardMetrics: Set<String> = []
    }

    /// Judges the rollups of every series of `metrics` against the bands as they are after this batch's standards.
    private func rejudge(_ metrics: Set<String>, _ db: Database) throws {
        var affected: [Int64] = []
        for metric in metrics {
            affected += try Int64.fetchAll(db, sql: "SELECT id FROM series WHERE metric = ?", arguments: [metric])
        }
        try Store.rejudgeRollups(of: affected, bands: try bands.all(db), db)
    }

    private func sourceID(_ name: String, _ db: Database) throws -> Int64 {
        if let id = sources[name] { return id }
        try db.execute(sql: "INSERT OR IGNORE INTO source (name) VALUES (?)", arguments: [name])
        let id = try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE name = ?", arguments: [name])!
        sources[name] = id
        return id
    }

    /// Runs a cached statement and tells whether it changed a row: no change means the row was a duplicate.
    private func run(_ sql: String, _ arguments: StatementArguments, _ db: Database) throws -> RowOutcome {
        let statement = try db.cachedStatement(sql: sql)
        try statement.execute(arguments: arguments)
        return db.changesCount > 0 ? .stored : .duplicate
    }

    private func insert(_ r: Reading, sourceID: Int64, _ batch: inout Batch, _ db: Database) throws -> RowOutcome {
        let key = SeriesKey(metric: r.metric, site: r.site)
        var info: SeriesInfo
        if let cached = series[key] { info = cached } else { info = try seriesInfo(for: r, key: key, db) }
        // A mismatch is read again from the store: `onescreen series correct` may have changed it since it was cached.
        if !info.unit.hasSameUTF8(as: r.unit) || info.stage != r.stage { info = try seriesInfo(for: r, key: key, db) }
        if !info.unit.hasSameUTF8(as: r.unit) || info.stage != r.stage {
            let correct = "or, if the series was recorded wrong, onescreen series correct \(r.metric) \(r.site)"
            if !info.unit.hasSameUTF8(as: r.unit) {
                return .rejected([FieldProblem("unit", "'\(r.unit)' differs from '\(info.unit)' already recorded for \(r.metric) at \(r.site); convert before sending, \(correct) --unit \(r.unit)")])
            }
            return .rejected([FieldProblem("stage", "'\(r.stage.rawValue)' differs from '\(info.stageName)' already recorded for \(r.metric) at \(r.site); \(correct) --stage \(r.stage.rawValue)")])
        }
        guard try batch.readings.run(seriesID: info.id, time: r.time, value: r.value, lot: r.lot, sourceID: sourceID) else {
            return .duplicate
        }
        batch.rollups.add(series: info.id, time: r.time, value: r.value, inside: try bands.band(of: info.id, db).contains(r.value))
        return .stored
    }

    private func insert(_ record: Record, sourceID: Int64, _ batch: inout Batch, _ db: Database) throws -> RowOutcome {
        switch record {
        case .reading(let r):
            return try insert(r, sourceID: sourceID, &batch, db)

        case .standard(let s):
            let outcome = try run("""
                INSERT OR IGNORE INTO standard (id, name, metric, stage, min, max, unit, level, hold, source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [s.id, s.name, s.metric, s.stage?.rawValue, s.min, s.max, s.unit, s.level, s.hold, sourceID], db)
            if outcome == .stored {
                // Readings later in this batch are judged by the new band; earlier ones when the batch ends.
                bands.forget()
                batch.standardMetrics.insert(s.metric)
            }
            return outcome

        case .lotEvent(let e):
            let product = try String.fetchOne(db, sql: "SELECT product FROM lot WHERE id = ?", arguments: [e.lot])
            if let product, product != e.product {
                return .rejected([FieldProblem("product", "lot \(e.lot) is already recorded as '\(product)'")])
            }
            if product == nil {
                try db.execute(sql: "INSERT INTO lot (id, product, source_id) VALUES (?, ?, ?)", arguments: [e.lot, e.product, sourceID])
            }
            return try run("""
                INSERT OR IGNORE INTO lot_event (lot, stage, site, time, event, note, source_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [e.lot, e.stage.rawValue, e.site, e.time.millis, e.event.rawValue, e.note, sourceID], db)

        case .customer(let c):
            let outcome = try run("""
                INSERT OR IGNORE INTO customer (id, name, kind, region, channel, contact, phone, vip_level, risk_preference, since, source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [c.id, c.name, c.kind.rawValue, c.region, c.channel, c.contact, c.phone, c.vipLevel,
                      c.riskPreference?.rawValue, c.since.description, sourceID], db)
            knownCustomers.insert(c.id)
            return outcome

        case .tag(let t):
            if let problem = try missingCustomer(t.customer, db) { return .rejected([problem]) }
            return try run("""
                INSERT INTO tag (customer, kind, key, value, source_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (customer, kind, key) DO UPDATE SET value = excluded.value
                WHERE value IS NOT excluded.value
                """, [t.customer, t.kind.rawValue, t.key, t.value, sourceID], db)

        case .order(let o):
            if let problem = try missingCustomer(o.customer, db) { return .rejected([problem]) }
            return try run("""
                INSERT OR IGNORE INTO orders (id, customer, time, amount, category, channel, source_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [o.id, o.customer, o.time.millis, o.amount, o.category, o.channel, sourceID], db)

        case .moment(let m):
            if let problem = try missingCustomer(m.customer, db) { return .rejected([problem]) }
            return try run("""
                INSERT OR IGNORE INTO moment (id, customer, kind, date, action, source_id) VALUES (?, ?, ?, ?, ?, ?)
                """, [m.id, m.customer, m.kind.rawValue, m.date.description, m.action, sourceID], db)

        case .contract(let c):
            let outcome = try run("""
                INSERT INTO contract (id, title, counterparty, amount, status, owner, signed, start, "end", source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, counterparty = excluded.counterparty,
                    amount = excluded.amount, status = excluded.status, owner = excluded.owner, signed = excluded.signed,
                    start = excluded.start, "end" = excluded."end"
                WHERE (title, counterparty, amount, status, owner, signed, start, "end")
                    IS NOT (excluded.title, excluded.counterparty, excluded.amount, excluded.status, excluded.owner,
                            excluded.signed, excluded.start, excluded."end")
                """, [c.id, c.title, c.counterparty, c.amount, c.status.rawValue, c.owner, c.signed?.description,
                      c.start?.description, c.end?.description, sourceID], db)
            knownContracts.insert(c.id)
            return outcome

        case .sealUse(let s):
            if let problem = try missingContract(s.contract, db) { return .rejected([problem]) }
            return try run("""
                INSERT INTO seal_use (id, contract, seal, requested_by, approved_by, time, status, source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET contract = excluded.contract, seal = excluded.seal,
                    requested_by = excluded.requested_by, approved_by = excluded.approved_by, time = excluded.time,
                    status = excluded.status
                WHERE (contract, seal, requested_by, approved_by, time, status)
                    IS NOT (excluded.contract, excluded.seal, excluded.requested_by, excluded.approved_by,
                            excluded.time, excluded.status)
                """, [s.id, s.contract, s.seal.rawValue, s.requestedBy, s.approvedBy, s.time.millis, s.status.rawValue, sourceID], db)

        case .milestone(let m):
            if let problem = try missingContract(m.contract, db) { return .rejected([problem]) }
            return try run("""
                INSERT INTO milestone (id, contract, name, due, done, amount, source_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET contract = excluded.contract, name = excluded.name, due = excluded.due,
                    done = excluded.done, amount = excluded.amount
                WHERE (contract, name, due, done, amount)
                    IS NOT (excluded.contract, excluded.name, excluded.due, excluded.done, excluded.amount)
                """, [m.id, m.contract, m.name, m.due.description, m.done?.description, m.amount, sourceID], db)

        case .marketing(let f):
            return try run("""
                INSERT OR IGNORE INTO marketing (day, channel, campaign, spend, impressions, clicks, conversions,
                    new_customers, revenue, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [f.day.description, f.channel, f.campaign, f.spend, f.impressions, f.clicks, f.conversions,
                      f.newCustomers, f.revenue, sourceID], db)
        }
    }

    /// Runs `write` for `record`, unless it would change a record another source owns and `ownership` does not let
    /// `source` do that: then it is undone and rejected, naming the owner. Records are owned by the source that
    /// first wrote them (their `source_id`, which an update keeps). A repeat of the same values is a duplicate.
    private func owned(_ record: Record, source: String, sourceID: Int64, _ db: Database, write: () throws -> RowOutcome) throws -> RowOutcome {
        let key: (table: String, what: String, id: String, match: String, arguments: StatementArguments)
        switch record {
        case .standard(let s): key = ("standard", "standard", s.id, "t.id = ?", [s.id])
        case .contract(let c): key = ("contract", "contract", c.id, "t.id = ?", [c.id])
        case .sealUse(let u): key = ("seal_use", "seal use", u.id, "t.id = ?", [u.id])
        case .milestone(let m): key = ("milestone", "milestone", m.id, "t.id = ?", [m.id])
        case .tag(let t): key = ("tag", "tag", "\(t.customer)/\(t.key)", "t.customer = ? AND t.kind = ? AND t.key = ?", [t.customer, t.kind.rawValue, t.key])
        default: return try write()
        }
        guard let owner = try Row.fetchOne(db, sql: """
                SELECT s.id, s.name FROM \(key.table) t JOIN source s ON s.id = t.source_id WHERE \(key.match)
                """, arguments: key.arguments),
              owner["id"] as Int64 != sourceID, !ownership.allows(source, toChangeRecordsOf: owner["name"]) else { return try write() }
        let ownerName: String = owner["name"]
        // Written inside a savepoint: if it changed the row, it is undone. A standard is never updated in place, so a
        // different one under the same id is refused too.
        try db.execute(sql: "SAVEPOINT owned")
        var outcome = try write()
        if case .standard(let s) = record, outcome == .duplicate, try Bool.fetchOne(db, sql: """
            SELECT 1 FROM standard WHERE id = ? AND (name, metric, stage, min, max, unit, level, hold) IS (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [s.id, s.name, s.metric, s.stage?.rawValue, s.min, s.max, s.unit, s.level, s.hold]) == nil {
            outcome = .stored
        }
        if outcome == .stored {
            try db.execute(sql: "ROLLBACK TO owned")
            outcome = .rejected([FieldProblem("id", "\(key.what) \(key.id) belongs to source '\(ownerName)'; '\(source)' may not change it (list it under the source's may_update: to allow it)")])
        }
        try db.execute(sql: "RELEASE owned")
        return outcome
    }

    private func seriesInfo(for r: Reading, key: SeriesKey, _ db: Database) throws -> SeriesInfo {
        // Statements cached: a feed of many series comes here once per new series, where preparing costs more than running.
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, stage, unit FROM series WHERE metric = ? AND site = ?"),
                                   arguments: [r.metric, r.site])
        let info: SeriesInfo
        if let row {
            info = SeriesInfo(id: row["id"], stage: row["stage"], unit: row["unit"])
        } else {
            try db.cachedStatement(sql: "INSERT INTO series (metric, site, stage, unit) VALUES (?, ?, ?, ?)")
                .execute(arguments: [r.metric, r.site, r.stage.rawValue, r.unit])
            info = SeriesInfo(id: db.lastInsertedRowID, stage: r.stage.rawValue, unit: r.unit)
            try bands.learn(series: info.id, db)  // standards may cover the new series
        }
        series[key] = info
        return info
    }

    private func missingCustomer(_ id: String, _ db: Database) throws -> FieldProblem? {
        if knownCustomers.contains(id) { return nil }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM customer WHERE id = ?", arguments: [id]) != nil else {
            return FieldProblem("customer", "unknown customer '\(id)' (not in the store, nor earlier in this run)")
        }
        knownCustomers.insert(id)
        return nil
    }

    private func missingContract(_ id: String, _ db: Database) throws -> FieldProblem? {
        if knownContracts.contains(id) { return nil }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM contract WHERE id = ?", arguments: [id]) != nil else {
            return FieldProblem("contract", "unknown contract '\(id)' (not in the store, nor earlier in this run)")
        }
        knownContracts.insert(id)
        return nil
    }

    private func insertReject(_ row: PendingRow, raw: ArraySlice<UInt8>, problems: [FieldProblem], sourceID: Int64, at now: Instant, _ db: Database) throws {
        let raw = String(decoding: raw.prefix(IngestLimits.rawKeptBytes), as: UTF8.self)
        let reason = problems.map(\.description).joined(separator: "; ")
        try db.cachedStatement(sql: "INSERT INTO reject (at, source_id, line, field, reason, raw) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [now.millis, sourceID, row.line, problems.first?.field ?? "", reason, raw])
    }
}
