/// An `exec` source (or plug-in) with `stream: true`: the command is started once and kept running, each line it
/// prints is a record, and the collector restarts it (with backoff) when it exits or falls silent.
///
/// ```yaml
/// - name: trucks
///   kind: mqtt
///   stream: true
///   idle_timeout: 30s   # silent this long (not even a heartbeat line): restarted
/// ```
public struct StreamSettings: Sendable, Equatable {
    /// Restart the command when it prints nothing for this long; nil waits for as long as it runs.
    public var idleTimeout: Duration?

    public init(idleTimeout: Duration? = nil) {
        self.idleTimeout = idleTimeout
    }

    static let keys = ["stream", "idle_timeout"]

    /// Shorter than this and a subscriber on a quiet topic is restarted again and again.
    public static let minimumIdleTimeout = Duration.seconds(1)

    /// The stream settings of an exec source, nil when it runs once per interval. Keys of a run-once source that
    /// make no sense for a stream (and the other way round) are reported where they are written.
    static func read(_ fields: ConfigFields, _ reader: inout ConfigReader) -> StreamSettings? {
        let streaming = reader.bool("stream", in: fields)
        let idle = reader.duration("idle_timeout", in: fields, minimum: minimumIdleTimeout)
        guard streaming == true else {
            // A `stream:` that is not true or false is reported already; idle_timeout is then no news.
            if fields["idle_timeout"] != nil, streaming == false || fields["stream"] == nil {
                reader.problem(at: fields["idle_timeout"], fields.path("idle_timeout"),
                               "applies to a stream only; add stream: true, or remove idle_timeout")
            }
            return nil
        }
        // A stream has no run to time out nor a next run to wait for: it is restarted with backoff when it ends.
        for key in ["timeout", "interval"] where fields[key] != nil {
            reader.problem(at: fields[key], fields.path(key),
                           "a stream (stream: true) runs until it stops and is then restarted with backoff; use idle_timeout to restart one that falls silent")
        }
        return StreamSettings(idleTimeout: idle)
    }
}
