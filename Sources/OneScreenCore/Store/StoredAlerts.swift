/// A rule's stored alerts an evaluation may revise, for the subjects it walks: a feed of many series keeps
/// thousands of pending alerts, and decoding all of them (their message and detail are JSON) for every batch
/// cost more than judging the batch.
struct StoredAlerts {
    /// By subject: the rows are one rule's, so a subject names one fingerprint, and keying by it spares the
    /// engine building a fingerprint for each of a batch's subjects to ask whether it has alerts.
    private let records: [ExactText: [AlertRecord]]

    /// - Parameter records: alerts of one rule, in any order.
    init(_ records: [AlertRecord]) {
        self.records = Dictionary(grouping: records) { ExactText($0.subject) }.mapValues { alerts in
            alerts.sorted { ($0.firstSeen, $0.id) < ($1.firstSeen, $1.id) }
        }
    }

    /// The subjects with alerts.
    var subjects: Dictionary<ExactText, [AlertRecord]>.Keys { records.keys }

    /// The alerts about `subject`, oldest first.
    func records(subject: String) -> [AlertRecord] { records[ExactText(subject)] ?? [] }
}
