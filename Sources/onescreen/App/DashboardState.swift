import OneScreenCore
import OneScreenUI

/// What the user has asked of the dashboard so far: the update half of the loop, a pure function of key events.
struct DashboardState {
    var paused = false
    var quitRequested = false
    var refreshRequested = false
    var themeChanged = false
    var navigation = Navigation()
    /// Set on a wall screen (`--kiosk`): pages rotate by themselves and every key but the quit key is ignored.
    var kiosk: KioskRotation?

    /// - Parameters:
    ///   - rowIDs: the ids of the shown list's rows (see `PageView.rowIDs`), for moving and Enter.
    ///   - sorting: the sorts of the shown list (see `PageView.sorting`).
    ///   - role: pages the role may not open are not switched to.
    ///   - frame: the frame on screen, whose marks say what a click hit.
    mutating func handle(_ event: InputEvent, rowIDs: [String] = [], sorting: ListSorting? = nil, role: Role? = nil, frame: Screen? = nil) {
        if case .click(let x, let y) = event, kiosk == nil {
            var next = navigation
            next.click(frame?.target(atX: x, y: y), rowIDs: rowIDs)
            follow(next, role: role)
            return
        }
        guard case .key(let key) = event else { return }
        if let kiosk {
            switch kiosk.quitKey {
            case .character(let c): quitRequested = key == .character(c)
            case .control(let c): quitRequested = key == .control(c)
            }
            return
        }
        // While a filter is typed every character is text: `q` must not quit halfway through a name.
        if !navigation.capturesText, !navigation.showsHelp, let command = AppKey(key) {
            switch command {
            case .quit: quitRequested = true
            case .refresh: refreshRequested = true
            case .pause: paused.toggle()
            case .theme: themeChanged = true
            }
            return
        }
        if key == .control("c") {
            quitRequested = true
            return
        }
        var next = navigation
        next.handle(key, rowIDs: rowIDs, sorting: sorting)
        follow(next, role: role)
    }

    /// Moves to `next` unless it is a page the role may not open.
    private mutating func follow(_ next: Navigation, role: Role?) {
        if let role, !role.mayOpen(page: next.page.rawValue) { return }
        // A new page or detail is read at once, not at the next tick.
        if next.request != navigation.request || next.range != navigation.range { refreshRequested = true }
        navigation = next
    }

    /// The kiosk's hold on the Alerts page while an alert of the holding levels fires (see `KioskAlarm.holding`).
    mutating func hold(_ firing: Bool, at now: Instant) {
        guard var kiosk else { return }
        let changed = kiosk.hold(firing, at: now)
        self.kiosk = kiosk
        guard changed else { return }
        navigation = Navigation(page: kiosk.page)
        refreshRequested = true
    }

    /// The kiosk's page change, if one is due.
    mutating func rotate(at now: Instant) {
        guard var kiosk else { return }
        let changed = kiosk.advance(at: now)
        self.kiosk = kiosk
        guard changed else { return }
        navigation = Navigation(page: kiosk.page)
        refreshRequested = true
    }
}
