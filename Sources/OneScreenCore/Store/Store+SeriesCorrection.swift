import GRDB

extension Store {
    /// Why a correction was refused.
    public enum SeriesCorrectionError: Error, Equatable, CustomStringConvertible {
        case noSuchSeries(metric: String, site: String)
        case nothingToChange

        public var description: String {
            switch self {
            case .noSuchSeries(let metric, let site): "no series \(metric) at \(site) in the store"
            case .nothingToChange: "give --unit, --stage or both"
            }
        }
    }

    /// Corrects the unit or stage a series' first reading fixed (a sensor first reported `F` for `°C`): the readings
    /// keep their values, later ones are judged against the corrected series, and the change is audited, old and new,
    /// in the same transaction. A new stage changes which standards apply: the series' hours are judged again.
    public func correctSeries(metric: String, site: String, unit: String?, stage: Stage?, by user: String, role: String,
                              at now: Instant) throws -> (unit: String, stage: String) {
        guard unit != nil || stage != nil else { throw SeriesCorrectionError.nothingToChange }
        return try pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, unit, stage FROM series WHERE metric = ? AND site = ?",
                                             arguments: [metric, site]) else {
                throw SeriesCorrectionError.noSuchSeries(metric: metric, site: site)
            }
            let id: Int64 = row["id"], oldUnit: String = row["unit"], oldStage: String = row["stage"]
            let newUnit = unit ?? oldUnit, newStage = stage?.rawValue ?? oldStage
            try db.execute(sql: "UPDATE series SET unit = ?, stage = ? WHERE id = ?", arguments: [newUnit, newStage, id])
            try Self.bumpSeriesRevision(db)
            if newStage != oldStage { try Self.rejudgeRollups(of: [id], bands: try Self.bands(db), db) }
            try Self.appendAudit(AuditEntry(
                at: now, user: user, role: role, action: "series_correct", subject: "\(metric)/\(site)",
                detail: "unit \(oldUnit) → \(newUnit), stage \(oldStage) → \(newStage)"), db)
            return (newUnit, newStage)
        }
    }
}
