import OneScreenCore
import OneScreenUI

/// The wall screen's schedule: which page is up, and when the next one comes. Driven by the loop's clock, so a
/// kiosk that runs for days neither drifts (each switch is planned from the last planned one, not from when the
/// loop got round to it) nor accumulates state. While an alert of the holding levels fires it holds on the Alerts
/// page, and once none does it goes back to the page it left, for a whole interval.
struct KioskRotation {
    let pages: [PageKind]
    let intervalSeconds: Double
    let quitKey: KioskQuitKey
    /// Whether the role may open the Alerts page at all: a hold shows it, in the rotation or not.
    let mayHold: Bool
    private(set) var index = 0
    private var due: Instant?
    /// Held on the Alerts page.
    private(set) var isHeld = false

    /// - Parameter role: the kiosk role; pages it may not open are left out of the rotation.
    init(settings: KioskSettings, configuredPages: [String], role: Role) {
        let names = !settings.pages.isEmpty ? settings.pages : !configuredPages.isEmpty ? configuredPages : PageKind.allCases.map(\.rawValue)
        let allowed = names.compactMap(PageKind.init(rawValue:)).filter { role.mayOpen(page: $0.rawValue) }
        pages = allowed.isEmpty ? [.overview] : allowed
        intervalSeconds = settings.interval.secondsValue
        quitKey = settings.quitKey
        mayHold = !settings.alertHold.isEmpty && role.mayOpen(page: PageKind.alerts.rawValue)
    }

    var page: PageKind { isHeld ? .alerts : pages[index] }

    /// Where the rotation stands at `now`, for the wall screen's band.
    func status(at now: Instant) -> RotationStatus {
        RotationStatus(pages: pages, index: index, secondsLeft: isHeld ? nil : due.map { max(0, $0.seconds(since: now)) }, isHeld: isHeld)
    }

    /// Holds on the Alerts page while `firing`, and lets go once it is not; true when the page changed.
    mutating func hold(_ firing: Bool, at now: Instant) -> Bool {
        let held = firing && mayHold
        guard held != isHeld else { return false }
        let before = page
        isHeld = held
        if !held { due = now.adding(seconds: intervalSeconds) }
        return page != before
    }

    /// Moves to the next page when its time has come; true when the page changed.
    mutating func advance(at now: Instant) -> Bool {
        guard !isHeld else { return false }
        guard let next = due else {
            due = now.adding(seconds: intervalSeconds)
            return false
        }
        guard now >= next, pages.count > 1 else { return false }
        index = (index + 1) % pages.count
        // Planned from the last due time, so the schedule keeps its pace; after a long stall it restarts from now.
        let planned = next.adding(seconds: intervalSeconds)
        due = planned > now ? planned : now.adding(seconds: intervalSeconds)
        return true
    }
}
