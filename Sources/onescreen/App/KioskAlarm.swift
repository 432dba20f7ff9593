import OneScreenCore
import OneScreenUI

/// How a wall screen announces a new L1 or L4 alert (see `NewAlertWatch`): a blinking banner naming it and the
/// terminal's visual bell (`alert_flash`), and its bell (`alert_bell`); and whether an alert of the levels that hold
/// the rotation on the Alerts page is firing (`alert_hold`).
struct KioskAlarm {
    let flashes: Bool
    let rings: Bool
    let holdLevels: Set<AlertLevel>
    private var watch = NewAlertWatch()
    /// An alert of `holdLevels` was firing at the last look.
    private(set) var holding = false
    /// The last alerts announced, as the viewer may see them, and when; the banner shows while it is recent.
    private(set) var announced: (alerts: [AlertRecord], since: Instant)?

    init(settings: KioskSettings) {
        flashes = settings.alertFlash
        rings = settings.alertBell
        holdLevels = settings.alertHold
    }

    /// Reads the open alerts of the announced and the holding levels; true when one to announce came up since the
    /// last look (never on the first).
    mutating func look(at service: any DataService, now: Instant) throws -> Bool {
        let announces = flashes || rings
        let levels = (announces ? NewAlertWatch.levels : []).union(holdLevels)
        // One listing per level, so a flood of L3 alerts cannot push an L1 past the listing's limit. Masked by the
        // data side for the wall's role.
        let open = try levels.sorted().flatMap { level throws(ServiceError) in try service.alerts(AlertFilter(level: level)) }
        holding = open.contains { holdLevels.contains($0.level) && $0.state == .firing }
        guard announces else { return false }
        let fresh = watch.look(at: open)
        guard !fresh.isEmpty else { return false }
        announced = (fresh, now)
        return true
    }

    /// The banner for the frame at `now`, if the screen flashes at all.
    func banner(now: Instant, language: Language, utcOffset: Int) -> AlertBanner? {
        guard flashes, let announced else { return nil }
        return AlertBanner(alerts: announced.alerts, since: announced.since, now: now, language: language, utcOffset: utcOffset)
    }
}
