import Yams

/// How an unattended wall screen behaves (`--kiosk`): which pages it rotates through, how long each stays, and the
/// one key that still works.
///
/// ```yaml
/// kiosk:
///   pages: [overview, quality, alerts]
///   interval: 30s
///   quit_key: Q
/// ```
public struct KioskSettings: Sendable, Equatable {
    /// Empty means the config's `pages:`, else every page the kiosk role may open.
    public var pages: [String]
    public var interval: Duration
    /// A single character; every other key is ignored so a passer-by cannot change the wall.
    public var quitKey: Character

    /// Long enough to read a page from across a room, short enough that every page comes round within minutes.
    public static let defaultInterval = Duration.seconds(20)
    /// Faster rotation cannot be read.
    public static let minimumInterval = Duration.seconds(2)

    public init(pages: [String] = [], interval: Duration = KioskSettings.defaultInterval, quitKey: Character = "q") {
        self.pages = pages
        self.interval = interval
        self.quitKey = quitKey
    }

    static func read(_ node: Node, _ reader: inout ConfigReader) -> KioskSettings {
        var settings = KioskSettings()
        guard let fields = reader.fields(node, path: "kiosk", allowed: ["pages", "interval", "quit_key"]) else { return settings }
        if let pages = reader.stringList("pages", in: fields, nonEmpty: true) {
            for page in pages where !Config.knownPages.contains(page) {
                reader.problem(at: fields["pages"], fields.path("pages"), "unknown page \"\(page)\"\(Suggestion.hint(for: page, among: Config.knownPages))")
            }
            settings.pages = pages
        }
        settings.interval = reader.duration("interval", in: fields, minimum: minimumInterval) ?? defaultInterval
        if let key = reader.string("quit_key", in: fields, what: "one character") {
            if key.count == 1, let character = key.first {
                settings.quitKey = character
            } else {
                reader.problem(at: fields["quit_key"], fields.path("quit_key"), "expected one character, found \"\(key)\"")
            }
        }
        return settings
    }
}
