import GRDB

/// The store's versioned migrations. A migration, once released, never changes: new needs get a new one.
enum StoreSchema {
    /// Every migration identifier this version knows, the merged first v2-alerts included: learnt by migrating an
    /// empty in-memory database once, so a migration added later is known without being listed twice. A store
    /// holding any other was written by a newer version.
    static let knownIdentifiers: Set<String> = {
        guard let probe = try? DatabaseQueue(), (try? migrator.migrate(probe)) != nil,
              let applied = try? probe.read({ try migrator.appliedIdentifiers($0) }) else { return [] }
        return applied.union([firstV2Alerts])
    }()

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: records, alerts, health, rejects, audit") { db in
            try db.execute(sql: v1)
        }
        m.registerMigration("v2: collector lease, source checkpoints") { db in
            try db.execute(sql: v2)
        }
        m.registerMigration("v2-alerts: silences, recent alerts by rule, clearing mark", merging: [firstV2Alerts]) { db, applied in
            if applied.contains(firstV2Alerts) {
                try db.execute(sql: v2AlertsFromFirst)
            } else {
                try db.execute(sql: v2Alerts)
            }
        }
        m.registerMigration("v3-rollups: readings per minute and per hour") { db in
            try db.execute(sql: v3Rollups)
        }
        m.registerMigration("v4-alert-message: what a default alert message was made from") { db in
            try db.execute(sql: v4AlertMessage)
        }
        m.registerMigration("v5-source-runs: failed runs in a row, stream health") { db in
            try db.execute(sql: v5SourceRuns)
        }
        m.registerMigration("v6-hook-notices: when each repeating hook last told of each open alert") { db in
            try db.execute(sql: v6HookNotices)
        }
        m.registerMigration("v7-last-failure: why the last failed run of a source failed") { db in
            try db.execute(sql: v7LastFailure)
        }
        return m
    }

    /// Readings are normalised into series (metric + site) so that ten million rows carry two integers and a
    /// double rather than repeated strings, and so that "latest value" and "series over a window" are both
    /// seeks on the primary key. Times are epoch milliseconds, dates `YYYY-MM-DD` text (which sorts).
    /// Every record row carries the `source_id` it came from (lineage).
    static let v1 = """
    CREATE TABLE source (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    );
    CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        metric TEXT NOT NULL,
        site TEXT NOT NULL,
        stage TEXT NOT NULL,
        unit TEXT NOT NULL,
        UNIQUE (metric, site)
    );
    CREATE TABLE reading (
        series_id INTEGER NOT NULL,
        time INTEGER NOT NULL,
        value REAL NOT NULL,
        lot TEXT,
        source_id INTEGER NOT NULL,
        PRIMARY KEY (series_id, time)
    ) WITHOUT ROWID;
    CREATE TABLE standard (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        metric TEXT NOT NULL,
        stage TEXT,
        min REAL,
        max REAL,
        unit TEXT NOT NULL,
        level INTEGER NOT NULL,
        hold INTEGER NOT NULL,
        source_id INTEGER NOT NULL
    );
    CREATE INDEX standard_metric ON standard (metric);
    CREATE TABLE lot (
        id TEXT PRIMARY KEY,
        product TEXT NOT NULL,
        source_id INTEGER NOT NULL
    );
    CREATE TABLE lot_event (
        lot TEXT NOT NULL,
        stage TEXT NOT NULL,
        site TEXT NOT NULL,
        time INTEGER NOT NULL,
        event TEXT NOT NULL,
        note TEXT,
        source_id INTEGER NOT NULL,
        PRIMARY KEY (lot, stage, site, time, event)
    ) WITHOUT ROWID;
    CREATE INDEX lot_event_site_time ON lot_event (site, time);
    CREATE TABLE customer (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        region TEXT NOT NULL,
        channel TEXT NOT NULL,
        contact TEXT,
        phone TEXT,
        vip_level INTEGER,
        risk_preference TEXT,
        since TEXT NOT NULL,
        source_id INTEGER NOT NULL
    );
    CREATE TABLE tag (
        customer TEXT NOT NULL,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        source_id INTEGER NOT NULL,
        PRIMARY KEY (customer, kind, key)
    ) WITHOUT ROWID;
    CREATE TABLE orders (
        id TEXT PRIMARY KEY,
        customer TEXT NOT NULL,
        time INTEGER NOT NULL,
        amount REAL NOT NULL,
        category TEXT NOT NULL,
        channel TEXT NOT NULL,
        source_id INTEGER NOT NULL
    );
    CREATE INDEX orders_customer_time ON orders (customer, time);
    CREATE INDEX orders_time ON orders (time);
    CREATE TABLE moment (
        id TEXT PRIMARY KEY,
        customer TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        action TEXT,
        source_id INTEGER NOT NULL
    );
    CREATE INDEX moment_date ON moment (date);
    CREATE INDEX moment_customer ON moment (customer);
    CREATE TABLE contract (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        counterparty TEXT NOT NULL,
        amount REAL NOT NULL,
        status TEXT NOT NULL,
        owner TEXT NOT NULL,
        signed TEXT,
        start TEXT,
        "end" TEXT,
        source_id INTEGER NOT NULL
    );
    CREATE INDEX contract_status ON contract (status);
    CREATE INDEX contract_end ON contract ("end");
    CREATE TABLE seal_use (
        id TEXT PRIMARY KEY,
        contract TEXT NOT NULL,
        seal TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        approved_by TEXT,
        time INTEGER NOT NULL,
        status TEXT NOT NULL,
        source_id INTEGER NOT NULL
    );
    CREATE INDEX seal_use_contract ON seal_use (contract);
    CREATE INDEX seal_use_unapproved ON seal_use (time) WHERE approved_by IS NULL;
    CREATE TABLE milestone (
        id TEXT PRIMARY KEY,
        contract TEXT NOT NULL,
        name TEXT NOT NULL,
        due TEXT NOT NULL,
        done TEXT,
        amount REAL,
        source_id INTEGER NOT NULL
    );
    CREATE INDEX milestone_contract ON milestone (contract);
    CREATE INDEX milestone_open_due ON milestone (due) WHERE done IS NULL;
    CREATE TABLE marketing (
        day TEXT NOT NULL,
        channel TEXT NOT NULL,
        campaign TEXT NOT NULL,
        spend REAL NOT NULL,
        impressions INTEGER NOT NULL,
        clicks INTEGER NOT NULL,
        conversions INTEGER NOT NULL,
        new_customers INTEGER NOT NULL,
        revenue REAL NOT NULL,
        source_id INTEGER NOT NULL,
        PRIMARY KEY (day, channel, campaign)
    ) WITHOUT ROWID;
    CREATE TABLE alert (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        rule TEXT NOT NULL,
        level INTEGER NOT NULL,
        state TEXT NOT NULL,
        subject TEXT NOT NULL,
        message TEXT NOT NULL,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        count INTEGER NOT NULL DEFAULT 1,
        acked_by TEXT,
        acked_at INTEGER,
        ack_note TEXT,
        resolved_at INTEGER,
        detail TEXT
    );
    CREATE UNIQUE INDEX alert_live_fingerprint ON alert (fingerprint) WHERE state != 'resolved';
    CREATE INDEX alert_state ON alert (state, last_seen);
    CREATE TABLE source_health (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        last_run INTEGER,
        last_success INTEGER,
        last_error TEXT,
        accepted INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        next_run INTEGER
    );
    CREATE TABLE reject (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        source_id INTEGER NOT NULL,
        line INTEGER NOT NULL,
        field TEXT NOT NULL,
        reason TEXT NOT NULL,
        raw TEXT NOT NULL
    );
    CREATE INDEX reject_at ON reject (at);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        user TEXT NOT NULL,
        role TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT
    );
    CREATE INDEX audit_at ON audit (at);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """

    /// One collector for many viewers: the process holding the lease row runs the sources and renews it; another
    /// takes it over once it expires. Checkpoints let the new holder resume where the old one stopped.
    static let v2 = """
    CREATE TABLE collector_lease (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        holder TEXT NOT NULL,
        acquired INTEGER NOT NULL,
        expires INTEGER NOT NULL
    );
    CREATE TABLE source_checkpoint (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """

    /// Silences mute notifications for a rule or subject until a time; rows are kept after they expire as the
    /// record of who silenced what. A rule's recent alerts are found by rule and last sighting (a batch revises
    /// only what its window can reach), open alerts by rule (the timer re-checks each date rule's open alerts).
    /// `clearing_since` is when a store-state rule (no data, overdue milestone) first found its problem gone: the
    /// alert resolves only once it has stayed gone for the rule's resolve hold, so a flapping source does not fire
    /// over and over.
    static let v2Alerts = """
    CREATE TABLE silence (
        id INTEGER PRIMARY KEY,
        target TEXT NOT NULL,
        until INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        note TEXT
    );
    CREATE INDEX silence_until ON silence (until);
    CREATE INDEX alert_rule_seen ON alert (rule, last_seen);
    CREATE INDEX alert_rule_open ON alert (rule) WHERE state != 'resolved';
    ALTER TABLE alert ADD COLUMN clearing_since INTEGER;
    """

    /// The first v2-alerts, on main for a few hours, indexed alerts by fingerprint instead of by rule; this one was
    /// then changed in place. Stores migrated in between have its identifier: they get the index swapped, and the
    /// migrator records the current identifier in its place, so no store is left unable to open.
    static let firstV2Alerts = "v2-alerts: silences, alert history by fingerprint, clearing mark"
    static let v2AlertsFromFirst = """
    DROP INDEX alert_fingerprint_first;
    CREATE INDEX alert_rule_seen ON alert (rule, last_seen);
    """

    /// Readings added up per series and hour, and per series and minute, so that a long window reads a row per
    /// series and hour instead of every reading, and raw readings can be deleted when old (`retention:`) without
    /// losing what the pages show.
    ///
    /// A bucket is named by its end, `time`, and holds the readings in (time - width, time]: the store's windows are
    /// open at their start and closed at their end (`time > from AND time <= now`), so a window whose ends fall on
    /// bucket boundaries is exactly a run of buckets. `sum` rather than a mean, so that buckets merge by addition
    /// (a late reading into its hour, the minutes of one pruning batch into those of the previous).
    ///
    /// Hours are kept up to date by the writer, in the transaction that stores the readings. Minutes are made when
    /// retention deletes raw readings, from the readings it deletes: kept live they cost an upsert per reading for
    /// a feed that reports once a minute, which doubled the cost of ingest, and while raw readings are kept a
    /// window's ragged ends read them just as well. A minute row therefore only ever stands for deleted readings;
    /// a reading that arrives after its time was pruned stays raw until the next pass rolls it up too.
    ///
    /// `inside` counts the readings inside the series' band (the tightest of its standards; every reading when it
    /// has none), so that compliance is read from rollups too. A new standard moves bands: the writer then counts
    /// the affected series' hours again from their raw readings, in the transaction that stores the standard, so no
    /// reader sees a stale count. Buckets whose raw readings were already deleted keep the judgement of the
    /// standards in force when they were written: the readings to judge again are gone, and keeping enough to
    /// re-judge any band (a histogram per bucket) would cost more than the rollups themselves.
    ///
    /// Existing readings are rolled up into hours here. The band query is spelled out rather than shared with the
    /// code because a migration must not change when that code does.
    static let v3Rollups = """
    CREATE TABLE reading_minute (
        series_id INTEGER NOT NULL,
        time INTEGER NOT NULL,
        count INTEGER NOT NULL,
        inside INTEGER NOT NULL,
        sum REAL NOT NULL,
        min REAL NOT NULL,
        max REAL NOT NULL,
        PRIMARY KEY (series_id, time)
    ) WITHOUT ROWID;
    CREATE TABLE reading_hour (
        series_id INTEGER NOT NULL,
        time INTEGER NOT NULL,
        count INTEGER NOT NULL,
        inside INTEGER NOT NULL,
        sum REAL NOT NULL,
        min REAL NOT NULL,
        max REAL NOT NULL,
        PRIMARY KEY (series_id, time)
    ) WITHOUT ROWID;
    INSERT INTO reading_hour (series_id, time, count, inside, sum, min, max)
    SELECT r.series_id, CASE WHEN r.time > 0 THEN (r.time + 3599999) / 3600000 ELSE r.time / 3600000 END * 3600000 AS bucket,
           COUNT(*), SUM((b.lo IS NULL OR r.value >= b.lo) AND (b.hi IS NULL OR r.value <= b.hi)),
           SUM(r.value), MIN(r.value), MAX(r.value)
    FROM reading r LEFT JOIN (
        SELECT s.id AS series_id, MAX(st.min) AS lo, MIN(st.max) AS hi
        FROM series s JOIN standard st ON st.metric = s.metric AND (st.stage IS NULL OR st.stage = s.stage)
        GROUP BY s.id) b ON b.series_id = r.series_id
    GROUP BY r.series_id, bucket;
    """

    /// A message rendered from a rule's default template keeps its kind and values beside the English text, so each
    /// viewer reads it in their own language; NULL for a configured template and for alerts raised before.
    static let v4AlertMessage = """
    ALTER TABLE alert ADD COLUMN default_message TEXT;
    """

    /// `failed_runs`: the runs in a row that failed, for the source-failing alert. The `stream_` columns are set for
    /// a stream only (`stream_restarts` not null): since when it runs (null while it is down), its lines per second,
    /// how often it was restarted, and why ingest falls behind it.
    static let v5SourceRuns = """
    ALTER TABLE source_health ADD COLUMN failed_runs INTEGER;
    ALTER TABLE source_health ADD COLUMN stream_since INTEGER;
    ALTER TABLE source_health ADD COLUMN stream_rate REAL;
    ALTER TABLE source_health ADD COLUMN stream_restarts INTEGER;
    ALTER TABLE source_health ADD COLUMN stream_lag TEXT;
    """

    /// When a hook with `repeat:` last told of an alert, kept in the store rather than in the collector's memory so
    /// a restarted or taken-over collector reminds on the same schedule instead of sending every open alert again.
    /// Rows go when their alert resolves.
    static let v6HookNotices = """
    CREATE TABLE hook_notice (
        hook TEXT NOT NULL,
        alert_id INTEGER NOT NULL,
        notified_at INTEGER NOT NULL,
        PRIMARY KEY (hook, alert_id)
    ) WITHOUT ROWID;
    CREATE INDEX hook_notice_alert ON hook_notice (alert_id);
    """

    /// Why the last failed run of a source failed, for the source-failing alert: `last_error` may since say something
    /// else (a run still going), and the alert must quote the failure.
    static let v7LastFailure = """
    ALTER TABLE source_health ADD COLUMN last_failure TEXT;
    """
}
