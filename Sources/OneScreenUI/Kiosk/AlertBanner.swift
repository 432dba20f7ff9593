import OneScreenCore

/// A wall screen's announcement of new L1 and L4 alerts: one full-width row naming the most severe of them, blinking
/// in reverse video for its first seconds and then holding, so it is seen from across the room and still there for
/// whoever turns round a little later.
public struct AlertBanner: Widget {
    /// The new alerts, as masked for the screen's viewer.
    public var alerts: [AlertRecord]
    /// When they were noticed.
    public var since: Instant
    /// The clock of the frame being drawn.
    public var now: Instant
    public var language: Language
    /// Seconds east of UTC, for the times in a message.
    public var utcOffset: Int

    public init(alerts: [AlertRecord], since: Instant, now: Instant, language: Language, utcOffset: Int) {
        self.alerts = alerts
        self.since = since
        self.now = now
        self.language = language
        self.utcOffset = utcOffset
    }

    /// How long the banner stays up.
    public static let showSeconds = 60.0
    /// How long it blinks first: every other second in reverse video.
    public static let blinkSeconds = 10.0

    public var isShowing: Bool {
        let age = now.seconds(since: since)
        return !alerts.isEmpty && age >= 0 && age < Self.showSeconds
    }

    /// The alert named: the most severe, L1 before L4, the newest among equals.
    var named: AlertRecord? {
        alerts.min { ($0.level, -$0.firstSeen.millis) < ($1.level, -$1.firstSeen.millis) }
    }

    /// `新预警 L1 系统故障 沪A·冷链06 数据中断 等2条`: level as text, so the banner reads without colour; subject and
    /// message (in the screen's language where a rule's default message said it) only where the viewer may see them.
    public var text: String {
        guard let alert = named else { return "" }
        let strings = Strings(language)
        let message = AlertMessageText(strings: strings, format: DisplayFormat(language, today: now.day(utcOffset: utcOffset)), utcOffset: utcOffset)
            .text(of: alert)
        let details = [alert.subject, message].filter { !$0.isEmpty && $0 != Masking.hiddenText }
        return strings.newAlert(level: alert.level.label + " " + strings.level(alert.level), details: details,
                                more: alerts.count - 1)
    }

    public func render(in area: Rect, on screen: inout Screen, glyphs: Glyphs) {
        guard isShowing, let alert = named, !area.isEmpty else { return }
        let role = LevelBadge(alert.level).role
        let age = now.seconds(since: since)
        let blinkOff = age < Self.blinkSeconds && Int(age) % 2 == 1
        let style = blinkOff ? Style(role, .bold) : Style(role, [.bold, .reverse])
        let row = area.row(0)
        Label(" " + text, style: style, wraps: false).render(in: row, on: &screen, glyphs: glyphs)
    }
}
