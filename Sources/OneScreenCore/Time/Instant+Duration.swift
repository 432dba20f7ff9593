extension Instant {
    public static func + (a: Instant, b: Duration) -> Instant { Instant(millis: a.millis + b.milliseconds) }
    public static func - (a: Instant, b: Duration) -> Instant { Instant(millis: a.millis - b.milliseconds) }
}

extension Duration {
    /// Parses a duration as the config file and the command line write it (`90s`, `5m`, `2h`, `1h30m`), the same
    /// way for both.
    public init?(configText text: String) {
        guard let value = ConfigDuration.parse(text) else { return nil }
        self = value
    }

    /// The shortest config spelling: `5m`, `1h30m`, `500ms`.
    public var configText: String { ConfigDuration.text(self) }

    static func minutes(_ n: Int64) -> Duration { .seconds(n * 60) }
    static func hours(_ n: Int64) -> Duration { .seconds(n * 3600) }
    static func days(_ n: Int64) -> Duration { .seconds(n * 86_400) }
}
