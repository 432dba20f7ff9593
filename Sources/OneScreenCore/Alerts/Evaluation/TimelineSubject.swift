/// What one reading rule judges as one unit: a series for band and rate rules, the series of one site for a
/// combination. One subject has one fingerprint.
struct TimelineSubject: Sendable, Hashable {
    var subject: String
    /// The series the condition reads, in the order the condition expects them.
    var inputs: [SeriesInfo]
    /// The site, for the message.
    var site: String
}

extension TimelineSubject {
    /// Hashed by its series ids, which name it within one catalog: hashing its names (Chinese text, normalized
    /// on every hash) for each of a batch's 20,000 subjects cost more than judging the few that need it.
    func hash(into hasher: inout Hasher) {
        for input in inputs { hasher.combine(input.id) }
    }

    static func == (a: TimelineSubject, b: TimelineSubject) -> Bool {
        a.inputs.count == b.inputs.count && zip(a.inputs, b.inputs).allSatisfy { $0.id == $1.id } && a.subject == b.subject
    }
}
