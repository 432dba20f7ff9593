import GRDB

/// A rule's stored alerts an evaluation may revise, by fingerprint, read as rows and made into records only for
/// the subjects the evaluation walks: a feed of many series keeps thousands of pending alerts, and decoding all
/// of them (their message and detail are JSON) for every batch cost more than judging the batch.
struct StoredAlerts {
    /// By subject: the rows are one rule's, so a subject names one fingerprint, and keying by it spares the
    /// engine building a fingerprint for each of a batch's subjects to ask whether it has alerts.
    private let rows: [String: [Row]]

    /// - Parameter rows: alert rows in `Store.alertColumns` order, oldest first.
    init(_ rows: [Row]) {
        self.rows = Dictionary(grouping: rows) { $0[5] as String }
    }

    func contains(subject: String) -> Bool { rows[subject] != nil }

    /// The alerts about `subject`, oldest first.
    func records(subject: String) -> [AlertRecord] {
        (rows[subject] ?? []).compactMap(Store.alert)
    }
}
