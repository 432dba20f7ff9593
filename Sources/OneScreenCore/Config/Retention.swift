import Yams

/// How long readings are kept at each resolution: raw, then added up per minute, then per hour. Older rows are
/// deleted by the collector (and `onescreen prune`); pages read the rollups where raw readings are gone.
///
/// ```yaml
/// retention:
///   raw: 90d        # each reading as it arrived
///   minute: 1y      # min / max / mean / count per minute
///   hour: forever   # the same per hour
/// ```
public struct Retention: Sendable, Equatable {
    /// How long each level is kept; nil keeps it forever.
    public var raw: Duration?
    public var minute: Duration?
    public var hour: Duration?
    /// How long rejected rows are kept with their raw text: long enough to find and fix a producer, short enough
    /// that a broken feed cannot grow the store without end.
    public var rejects: Duration?

    public init(raw: Duration?, minute: Duration?, hour: Duration?, rejects: Duration? = Retention.standardRejects) {
        self.raw = raw
        self.minute = minute
        self.hour = hour
        self.rejects = rejects
    }

    /// A month: a rejected row is read within days of arriving, when its producer is fixed, or never.
    public static let standardRejects: Duration? = .seconds(30 * day)

    /// A quarter of raw readings (the sample data and the demo, 30 days, stay whole), a year of minutes, hours for
    /// good: the raw table holds three months whatever the store's age, and hours cost 1/180 of a 20 s feed.
    public static let standard = Retention(raw: .seconds(90 * day), minute: .seconds(365 * day), hour: nil)

    /// The overview and the quality page read the last 24 h, the alert rules look back hours from each batch, and a
    /// series' latest value is a raw reading: two days keep a margin over all of them.
    public static let minimumRaw = Duration.seconds(2 * day)

    static let day: Int64 = 86_400
    static let forever = "forever"

    /// The instant at and before which `level` is deleted at `now` (nil: kept forever). A whole hour, so that no
    /// hour bucket is ever half pruned.
    func cutoff(_ level: KeyPath<Retention, Duration?>, at now: Instant) -> Int64? {
        self[keyPath: level].map { RollupLevel.hour.floor(now.millis - $0.milliseconds) }
    }

    static func read(_ node: Node, _ reader: inout ConfigReader) -> Retention {
        var retention = standard
        guard let fields = reader.fields(node, path: "retention", allowed: (levels + [rejectsLevel]).map(\.name)) else { return retention }
        for level in levels + [rejectsLevel] {
            guard let value = fields[level.name] else { continue }
            if let setting = Setting(value) {
                retention[keyPath: level.keep] = setting.keep
            } else if let text = value.scalar?.string, ConfigDuration.check(text) == .failure(.tooLong) {
                reader.problem(at: value, fields.path(level.name), "\(text.prefix(40)) is \(ConfigDuration.Problem.tooLong); write \(forever) to keep it for good")
            } else {
                reader.problem(at: value, fields.path(level.name),
                               "expected a duration such as 30d, 90d or 5y, or \(forever), found \(reader.describe(value))")
            }
        }
        if let raw = retention.raw, raw < minimumRaw {
            reader.problem(at: fields["raw"], fields.path("raw"),
                           "\(ConfigDuration.text(raw)) is shorter than the minimum of \(ConfigDuration.text(minimumRaw)) (pages and alert rules read recent raw readings)")
        }
        // Rollups stand in for what is gone, so each level must be kept at least as long as the finer one before it.
        for (finer, coarser) in zip(levels, levels.dropFirst()) {
            let f = retention[keyPath: finer.keep], c = retention[keyPath: coarser.keep]
            guard let c, f.map({ c < $0 }) ?? true else { continue }
            let written = fields[coarser.name] != nil ? coarser : finer
            reader.problem(at: fields[written.name], fields.path(written.name),
                           "\(coarser.name) (\(ConfigDuration.text(c))) would be deleted before \(finer.name) (\(f.map(ConfigDuration.text) ?? forever)); keep each level at least as long as the finer one")
        }
        return retention
    }

    /// Rejects stand apart from the readings' levels: no order between them to check.
    private static var rejectsLevel: (name: String, keep: WritableKeyPath<Retention, Duration?>) { ("rejects", \.rejects) }

    /// Finest first. Computed: key paths are not `Sendable`, so they cannot be a stored static.
    private static var levels: [(name: String, keep: WritableKeyPath<Retention, Duration?>)] {
        [("raw", \.raw), ("minute", \.minute), ("hour", \.hour)]
    }

    /// What one level says: a positive duration, or `forever`.
    private enum Setting {
        case forever
        case duration(Duration)

        init?(_ node: Node) {
            guard let text = node.scalar?.string, node.tagName == .str else { return nil }
            if text == Retention.forever {
                self = .forever
            } else if let duration = ConfigDuration.parse(text), duration > .zero {
                self = .duration(duration)
            } else {
                return nil
            }
        }

        var keep: Duration? {
            if case .duration(let duration) = self { duration } else { nil }
        }
    }
}
