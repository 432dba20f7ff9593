/// The bulk path for readings: the batch is streamed with COPY into a temporary staging table, then one statement
/// inserts what is new and one adds it to the hour rollups (`INSERT … ON CONFLICT DO UPDATE`): three round trips
/// per batch whatever its size (four when it held rows the store had), never one per row.
enum PostgresReadingCopy {
    /// Private to the connection; emptied at each commit.
    static let createStage = """
        CREATE TEMP TABLE IF NOT EXISTS reading_stage (
            ord bigint NOT NULL,
            series_id bigint NOT NULL,
            time bigint NOT NULL,
            value double precision NOT NULL,
            lot text COLLATE "C",
            source_id bigint NOT NULL,
            inside bigint NOT NULL
        ) ON COMMIT DELETE ROWS
        """

    /// The staged readings the store lacks go in; the count of those that did tells whether any were duplicates.
    static let insertStaged = """
        INSERT INTO reading (series_id, time, value, lot, source_id)
        SELECT series_id, time, value, lot, source_id FROM reading_stage
        ON CONFLICT DO NOTHING
        """

    /// When some did not go in, they are the staged rows whose stored twin another transaction wrote (the row's
    /// xmin is not ours): they leave the stage, and come back as the batch's duplicates. The time bounds let the
    /// planner visit only the batch's days.
    static let unstageDuplicates = """
        DELETE FROM reading_stage st USING reading r
        WHERE r.series_id = st.series_id AND r.time = st.time AND r.time BETWEEN $1 AND $2
          AND r.xmin <> pg_current_xact_id()::xid
        RETURNING st.ord
        """

    /// Each hour the stored readings fall in gets their count, inside-count, sum, least and greatest added (a bucket
    /// is named by its end and holds (end - 1 h, end], as in SQLite).
    static let addStagedToHours = """
        INSERT INTO reading_hour AS h (series_id, time, count, inside, sum, min, max)
        SELECT series_id, CASE WHEN time > 0 THEN (time + 3599999) / 3600000 ELSE time / 3600000 END * 3600000 AS bucket,
               count(*), sum(inside), sum(value), min(value), max(value)
        FROM reading_stage GROUP BY series_id, bucket
        ON CONFLICT (series_id, time) DO UPDATE SET count = h.count + excluded.count, inside = h.inside + excluded.inside,
            sum = h.sum + excluded.sum, min = LEAST(h.min, excluded.min), max = GREATEST(h.max, excluded.max)
        """

    /// Stores `readings` inside the caller's transaction, whose days' partitions exist (`PostgresPartitions`).
    /// - Returns: the positions in `readings` that were not stored: the store had them, or an earlier row of the
    ///   same batch did (the first of a batch wins, as it does in SQLite).
    static func store(_ readings: [StagedReading], _ db: PostgresConnection) throws -> Set<Int> {
        var duplicates: Set<Int> = []
        guard !readings.isEmpty else { return duplicates }
        // A batch's own repeats never reach the server: the join back from what was stored needs unique keys.
        var seen: Set<SeriesTime> = []
        seen.reserveCapacity(readings.count)
        try db.execute(createStage, context: "staging readings")
        try db.copyIn("COPY reading_stage (ord, series_id, time, value, lot, source_id, inside) FROM STDIN",
                      context: "staging readings") { rows in
            for (i, r) in readings.enumerated() {
                guard seen.insert(SeriesTime(series: r.series, time: r.time)).inserted else {
                    duplicates.insert(i)
                    continue
                }
                rows.add(Int64(i))
                rows.add(r.series)
                rows.add(r.time)
                rows.add(r.value)
                rows.add(r.lot)
                rows.add(r.source)
                rows.add(Int64(r.inside ? 1 : 0))
                try rows.endRow()
            }
        }
        let staged = readings.count - duplicates.count
        if try db.execute(insertStaged, context: "storing readings") < staged {
            let times = readings.map(\.time)
            for row in try db.fetch(unstageDuplicates, [.integer(times.min()!), .integer(times.max()!)], context: "storing readings") {
                if let i = row[0].int { duplicates.insert(i) }
            }
        }
        try db.execute(addStagedToHours, context: "adding readings to their hours")
        return duplicates
    }

    private struct SeriesTime: Hashable {
        var series: Int64
        var time: Int64
    }
}
