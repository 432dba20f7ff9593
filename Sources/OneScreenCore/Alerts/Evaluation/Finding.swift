/// A problem a store rule sees right now: its subject, since when, and the values for its message.
struct Finding: Sendable, Equatable {
    var subject: String
    var since: Instant
    var values: [String: String]
}
