import GRDB

/// A rule's stored alerts an evaluation may revise, by fingerprint, read as rows and made into records only for
/// the subjects the evaluation walks: a feed of many series keeps thousands of pending alerts, and decoding all
/// of them (their message and detail are JSON) for every batch cost more than judging the batch.
struct StoredAlerts {
    private let rows: [String: [Row]]
    /// The subjects those alerts are about: the rows are one rule's, so a subject names its fingerprint, and the
    /// engine asks for each of a batch's subjects without building its fingerprint.
    private let subjects: Set<String>

    /// - Parameter rows: alert rows in `Store.alertColumns` order, oldest first.
    init(_ rows: [Row]) {
        self.rows = Dictionary(grouping: rows) { $0[1] as String }
        subjects = Set(rows.map { $0[5] as String })
    }

    func contains(subject: String) -> Bool { subjects.contains(subject) }

    /// The alerts of `fingerprint`, oldest first.
    func records(_ fingerprint: String) -> [AlertRecord] {
        (rows[fingerprint] ?? []).compactMap(Store.alert)
    }
}
