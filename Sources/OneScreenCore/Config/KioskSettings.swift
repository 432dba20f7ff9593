import Yams

/// How an unattended wall screen behaves (`--kiosk`): which pages it rotates through, how long each stays, the
/// one key that still works, and how it announces a new L1 or L4 alert.
///
/// ```yaml
/// kiosk:
///   pages: [overview, quality, alerts]
///   interval: 30s
///   quit_key: Ctrl-Q   # the default; or one character
///   alert_flash: true
///   alert_bell: false
///   alert_hold: [L1, L4]   # the default; false or [] rotates whatever fires
/// ```
public struct KioskSettings: Sendable, Equatable {
    /// Empty means the config's `pages:`, else every page the kiosk role may open.
    public var pages: [String]
    public var interval: Duration
    /// Every other key is ignored so a passer-by cannot change the wall.
    public var quitKey: KioskQuitKey
    /// A new L1 or L4 alert flashes the screen and blinks a banner naming it: on by default, since a wall screen is
    /// there to be looked at.
    public var alertFlash = true
    /// A new L1 or L4 alert also rings the terminal bell: off by default, since a bell in a shared room is a choice.
    public var alertBell = false
    /// While an alert of these levels is firing (not yet acknowledged) the rotation holds on the Alerts page, and
    /// resumes once none is: a system fault or a compliance risk should not scroll away while no one is on it.
    public var alertHold: Set<AlertLevel> = [.systemFault, .complianceRisk]

    /// Long enough to read a page from across a room, short enough that every page comes round within minutes.
    public static let defaultInterval = Duration.seconds(20)
    /// Faster rotation cannot be read.
    public static let minimumInterval = Duration.seconds(2)

    public init(pages: [String] = [], interval: Duration = KioskSettings.defaultInterval, quitKey: KioskQuitKey = .standard) {
        self.pages = pages
        self.interval = interval
        self.quitKey = quitKey
    }

    static func read(_ node: Node, _ reader: inout ConfigReader) -> KioskSettings {
        var settings = KioskSettings()
        guard let fields = reader.fields(node, path: "kiosk", allowed: ["pages", "interval", "quit_key", "alert_flash", "alert_bell", "alert_hold"]) else { return settings }
        if let pages = reader.stringList("pages", in: fields, nonEmpty: true) {
            for page in pages where !Config.knownPages.contains(page) {
                reader.problem(at: fields["pages"], fields.path("pages"), "unknown page \"\(page)\"\(Suggestion.hint(for: page, among: Config.knownPages))")
            }
            settings.pages = pages
        }
        settings.interval = reader.duration("interval", in: fields, minimum: minimumInterval) ?? defaultInterval
        if let text = reader.string("quit_key", in: fields, what: "a key such as Ctrl-Q") {
            if let key = KioskQuitKey.parse(text) {
                settings.quitKey = key
            } else {
                reader.problem(at: fields["quit_key"], fields.path("quit_key"), "expected Ctrl-LETTER (not H, I, J or M) or one character, found \"\(text)\"")
            }
        }
        settings.alertFlash = reader.bool("alert_flash", in: fields) ?? settings.alertFlash
        settings.alertBell = reader.bool("alert_bell", in: fields) ?? settings.alertBell
        settings.alertHold = readHold(fields, &reader) ?? settings.alertHold
        return settings
    }

    /// `alert_hold: [L1, L4]`, `alert_hold: L1`, or `false` (and `[]`) for none.
    private static func readHold(_ fields: ConfigFields, _ reader: inout ConfigReader) -> Set<AlertLevel>? {
        guard let node = fields["alert_hold"] else { return nil }
        if node.tagName == .bool { return reader.bool("alert_hold", in: fields) == false ? [] : nil }
        if node.sequence?.isEmpty == true { return [] }
        guard let names = reader.names("alert_hold", in: fields) else { return nil }
        var levels: Set<AlertLevel> = []
        for name in names {
            guard let level = AlertLevel(configText: name) else {
                reader.problem(at: node, fields.path("alert_hold"), "unknown level '\(name)'; expected levels such as [L1, L4], or false")
                return nil
            }
            levels.insert(level)
        }
        return levels
    }
}
