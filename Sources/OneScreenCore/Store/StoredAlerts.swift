import GRDB

/// A rule's stored alerts an evaluation may revise, by fingerprint, read as rows and made into records only for
/// the subjects the evaluation walks: a feed of many series keeps thousands of pending alerts, and decoding all
/// of them (their message and detail are JSON) for every batch cost more than judging the batch.
struct StoredAlerts {
    private let rows: [String: [Row]]

    /// - Parameter rows: alert rows in `Store.alertColumns` order, oldest first.
    init(_ rows: [Row]) {
        self.rows = Dictionary(grouping: rows) { $0[1] as String }
    }

    func contains(_ fingerprint: String) -> Bool { rows[fingerprint] != nil }

    /// The alerts of `fingerprint`, oldest first.
    func records(_ fingerprint: String) -> [AlertRecord] {
        (rows[fingerprint] ?? []).compactMap(Store.alert)
    }
}
