/// What a role may do beyond seeing: acts whose reach goes past one alert or one record.
public enum Permission: String, CaseIterable, Sendable, Codable {
    /// A silence with a wildcard, or one that mutes a compliance-risk (L4) rule or alert: it can keep every
    /// notification of a kind quiet for up to a month.
    case silenceBroadly = "silence_broadly"
    /// Deleting readings and rollups past the server's retention.
    case prune
}
