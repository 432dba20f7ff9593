import Foundation
import OneScreenCore
import OneScreenUI

/// The interactive dashboard: events (keys, resize, clock ticks, store changes, signals) update the state, and the
/// frame composed from it is painted when it differs from the last one.
///
/// Everything runs on the calling thread, so all curses calls do too. The loop sleeps in poll() on the keyboard and,
/// as a client of `onescreen serve`, the server's socket, so a key or a change notice wakes it at once; in embedded
/// mode it asks the store for commits every pass instead. The data comes from the `DataService`, masked, audited
/// and authorised there: the loop holds only the snapshot it draws.
struct DashboardLoop {
    var service: any DataService
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
        var state = DashboardState()
        state.kiosk = kiosk
        if let kiosk { state.navigation = Navigation(page: kiosk.page) }
        state.navigation.alerts.mayAct = composer.viewer.mayActOnAlerts
        // A wall screen has no one to sort for: it keeps the defaults and writes nothing.
        let sortMemory = kiosk == nil ? SortMemory() : nil
        if let sortMemory { state.navigation.sorts = sortMemory.load() }
        var snapshot: PageSnapshot?
        var problem: String?
        var lastRead = Instant(millis: 0)
        var pendingChange = false
        /// Whether the last look at the keyboard found a key: curses may hold more of a burst than the descriptor
        /// shows, so the loop looks again before it sleeps.
        var hadEvent = true
        var composer = self.composer
        var alarm = self.alarm
        while true {
            if let signal = SignalTrap.pending { return signal }
            let now = soak?.nextPass() ?? clock()
            state.rotate(at: now)
            soak?.record(state.kiosk)
            var announces = false
            do {
                // A notice from the server, or (embedded) one PRAGMA on a connection of its own: cheap enough for every
                // pass, so a change is drawn within one input timeout, not up to a whole refresh later.
                if !state.paused, try service.takeChange() { pendingChange = true }
                let sinceRead = now.seconds(since: lastRead)
                // Reads stay at most one per refresh interval, so a collector committing constantly cannot keep
                // the loop busy reading.
                let due = snapshot == nil || state.refreshRequested
                    || (!state.paused && ((pendingChange && sinceRead >= refreshSeconds) || sinceRead >= Self.rereadSeconds))
                if due {
                    pendingChange = false
                    // Only the page on screen is read, in one transaction, masked and audited by the data side.
                    snapshot = try service.page(state.navigation.request, at: now, utcOffset: composer.utcOffset, window: state.navigation.range)
                    lastRead = now
                    state.navigation.follow(composer.rowIDs(snapshot, state: state))
                    announces = try alarm?.look(at: service, now: now) ?? false
                    problem = nil
                    state.refreshRequested = false
                    // After the read: a hold that changes the page asks for the Alerts page at once.
                    if let alarm { state.hold(alarm.holding, at: now) }
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
            var wait = soak == nil ? Self.inputTimeoutMilliseconds : 0
            if let socket = service.changeDescriptor, wait > 0, !hadEvent {
                // Asleep until a key, a resize (the signal ends poll), a notice or the clock's next look.
                Self.sleep(keyboard: STDIN_FILENO, socket: socket, milliseconds: Int32(wait))
                wait = 0
            }
            let event = terminal.nextEvent(timeoutMilliseconds: hadEvent ? 0 : wait)
            hadEvent = event != nil
            if let event {
                let sorts = state.navigation.sorts
                state.handle(event, rowIDs: composer.rowIDs(snapshot, state: state), sorting: composer.sorting(snapshot, state: state),
                             role: composer.viewer.role, frame: frame)
                if state.navigation.sorts != sorts { sortMemory?.save(state.navigation.sorts) }
                // The jump bar completes from an index read once when it opens, masked by the data side.
                if state.navigation.jump != nil, state.navigation.jump?.index == nil {
                    state.navigation.jump?.index = (try? service.jumpIndex()) ?? JumpIndex(entries: [])
                }
            }
            if let command = state.navigation.alerts.takeCommand() {
                state.navigation.alerts.notice = AlertActions(service: service).perform(command)
                state.refreshRequested = true
            }
        }
    }

    private static func sleep(keyboard: Int32, socket: Int32, milliseconds: Int32) {
        var fds = [pollfd(fd: keyboard, events: Int16(POLLIN), revents: 0), pollfd(fd: socket, events: Int16(POLLIN), revents: 0)]
        _ = poll(&fds, 2, milliseconds)
    }
}
