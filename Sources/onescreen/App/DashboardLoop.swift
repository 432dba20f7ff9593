import Foundation
import OneScreenCore
import OneScreenUI

/// The interactive dashboard: events (keys, resize, clock ticks, store changes, signals) update the state, and the
/// frame composed from it is painted when it differs from the last one.
///
/// Everything runs on the calling thread, so all curses calls do too. Between frames the loop sleeps in one poll()
/// on the keyboard, the data side's change descriptor (the server's socket, or the store's file watch in embedded
/// mode) and the signal pipe, so a key, a resize, a signal or a commit wakes it at once; otherwise it sleeps until
/// the clock next changes what the screen shows, or a read falls due. The data comes from the `DataService`,
/// masked, audited and authorised there: the loop holds only the snapshot it draws.
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

    /// Where the data side has no descriptor for changes (no file watch), the longest the loop sleeps before asking
    /// it: a change is drawn within this, at a cost of one PRAGMA a pass.
    static let askMilliseconds = 200
    /// Even with no new data, the snapshot is re-read this often: its windows (last 24 h, next 7 days) move with
    /// the clock, and the ages in its tables are reckoned from it. The status bar's age, the header clock and a wall
    /// screen's countdown follow the clock without a read (`ScreenChange`); these move the screen by less than
    /// their step in 30 s, and a read every 30 s costs a wall screen nothing it would notice.
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
                // A notice from the server, or (embedded) the file watch's, confirmed by one PRAGMA only when the store's
                // files were written. Taken while paused too, so the notice does not keep waking the loop; the change
                // is drawn on resuming.
                if try service.takeChange() { pendingChange = true }
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
            let event: InputEvent?
            if soak != nil || hadEvent {
                // Curses may hold more of a burst than the descriptor shows: it is asked again before any sleep.
                event = terminal.nextEvent(timeoutMilliseconds: 0)
            } else {
                let banner = alarm?.banner(now: now, language: composer.language, utcOffset: composer.utcOffset)
                let change = ScreenChange(utcOffset: composer.utcOffset, freshness: snapshot?.freshness, rotation: state.kiosk?.status(at: now),
                                          bannerSince: banner?.isShowing == true ? banner?.since : nil)
                var wake = change.next(after: now)
                if snapshot == nil { wake = min(wake, now.adding(seconds: refreshSeconds)) }
                if !state.paused {
                    wake = min(wake, lastRead.adding(seconds: Self.rereadSeconds))
                    if pendingChange { wake = min(wake, lastRead.adding(seconds: refreshSeconds)) }
                }
                if service.changeDescriptor == nil { wake = min(wake, now.adding(seconds: Double(Self.askMilliseconds) / 1000)) }
                if let recheck = service.changeRecheckMilliseconds { wake = min(wake, clock().adding(seconds: Double(recheck) / 1000)) }
                Self.sleep(keyboard: STDIN_FILENO, change: service.changeDescriptor, milliseconds: wake.millis - clock().millis)
                event = terminal.nextEvent(timeoutMilliseconds: 0)
            }
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

    /// Asleep until a key, a signal (a resize, a stop), a change notice or `milliseconds` pass; one poll(), no timer.
    private static func sleep(keyboard: Int32, change: Int32?, milliseconds: Int64) {
        var fds = [pollfd(fd: keyboard, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: change ?? -1, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: SignalTrap.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        // One millisecond past the change, so the frame drawn on waking shows it.
        _ = poll(&fds, nfds_t(fds.count), Int32(clamping: max(0, milliseconds + 1)))
        if fds[2].revents != 0 { SignalTrap.drainWakes() }
    }
}
