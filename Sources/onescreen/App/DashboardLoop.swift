import Foundation
import OneScreenCore
import OneScreenUI

/// The interactive dashboard: events (keys, resize, clock ticks, store changes, signals) update the state, and the
/// frame composed from it is painted when it differs from the last one.
///
/// Everything runs on the calling thread, so all curses calls do too. Input is read with a short timeout: the clock
/// ticks and store changes are noticed without a key press, and a key is answered as soon as it arrives.
struct DashboardLoop {
    var store: Store
    var composer: FrameComposer
    var refreshSeconds: Double
    var clock: @Sendable () -> Instant = { .now }
    var kiosk: KioskRotation?
    /// How a wall screen announces new alerts; nil when not a wall screen.
    var alarm: KioskAlarm?
    /// The soak benchmark's fast clock and record (`--soak-step`); nil in real use.
    var soak: SoakRun?

    /// The longest the loop sleeps waiting for input: short enough that the clock's second changes on time and a
    /// signal is noticed quickly, long enough that an idle dashboard costs nothing measurable.
    static let inputTimeoutMilliseconds = 200
    /// Even with no new data, the snapshot is re-read this often: its windows (last 24 h, next 7 days) and the
    /// ages it shows move with the clock.
    static let rereadSeconds = 30.0

    func run(terminal: CursesTerminal) throws -> Int32? {
        let monitor = try StoreChangeMonitor(store: store)
        var state = DashboardState()
        state.kiosk = kiosk
        if let kiosk { state.navigation = Navigation(page: kiosk.page) }
        state.navigation.alerts.mayAct = composer.viewer.mayActOnAlerts
        var snapshot: PageSnapshot?
        var problem: String?
        var lastRead = Instant(millis: 0)
        var pendingChange = false
        var lastAudited: PageRequest?
        var composer = self.composer
        var alarm = self.alarm
        while true {
            if let signal = SignalTrap.pending { return signal }
            let now = soak?.nextPass() ?? clock()
            state.rotate(at: now)
            soak?.record(state.kiosk)
            var announces = false
            do {
                // Asking whether anything was committed is one PRAGMA on a connection of its own: cheap enough for
                // every pass, so a change is drawn within one input timeout, not up to a whole refresh later.
                if !state.paused, try monitor.hasChanged() { pendingChange = true }
                let sinceRead = now.seconds(since: lastRead)
                // Reads stay at most one per refresh interval, so a collector committing constantly cannot keep
                // the loop busy reading.
                let due = snapshot == nil || state.refreshRequested
                    || (!state.paused && ((pendingChange && sinceRead >= refreshSeconds) || sinceRead >= Self.rereadSeconds))
                if due {
                    pendingChange = false
                    // Only the page on screen is read, in one transaction, and masked before anything draws it.
                    snapshot = try store.page(state.navigation.request, at: now, utcOffset: composer.utcOffset)
                        .masked(for: composer.viewer)
                    lastRead = now
                    state.navigation.follow(composer.rowIDs(snapshot, state: state))
                    // One audit row per opening of a classified record, not one per refresh of it.
                    let request = state.navigation.request
                    if request != lastAudited, let entry = AuditEntry.view(of: request, by: composer.viewer, at: now) {
                        try store.appendAudit(entry)
                    }
                    lastAudited = request
                    announces = try alarm?.look(at: store, viewer: composer.viewer, now: now) ?? false
                    problem = nil
                    state.refreshRequested = false
                }
            } catch {
                // A locked or vanished store must not take the screen down: keep the last frame's data and say why.
                problem = StoreError.describe(error)
                state.refreshRequested = false
            }
            if state.themeChanged {
                terminal.use(composer.nextTheme())
                state.themeChanged = false
            }
            let size = terminal.size
            let frame = composer.compose(
                snapshot: snapshot, state: state, now: now, lastRead: snapshot == nil ? nil : lastRead,
                problem: problem, banner: alarm?.banner(now: now, language: composer.language, utcOffset: composer.utcOffset),
                width: size.width, height: size.height)
            terminal.paint(frame)
            if announces, let alarm {
                if alarm.flashes { terminal.flashScreen() }
                if alarm.rings { terminal.ringBell() }
            }
            if state.quitRequested { return nil }
            if let event = terminal.nextEvent(timeoutMilliseconds: soak == nil ? Self.inputTimeoutMilliseconds : 0) {
                state.handle(event, rowIDs: composer.rowIDs(snapshot, state: state), role: composer.viewer.role, frame: frame)
            }
            if let command = state.navigation.alerts.takeCommand() {
                state.navigation.alerts.notice = AlertActions(store: store, viewer: composer.viewer).perform(command, at: clock())
                state.refreshRequested = true
            }
        }
    }
}
