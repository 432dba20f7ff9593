/// What one reading rule judges as one unit: a series for band and rate rules, the series of one site for a
/// combination. One subject has one fingerprint.
struct TimelineSubject: Sendable, Hashable {
    var subject: String
    /// The series the condition reads, in the order the condition expects them.
    var inputs: [SeriesInfo]
    /// The site, for the message.
    var site: String
}
