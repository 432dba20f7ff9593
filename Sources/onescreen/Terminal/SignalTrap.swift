import Foundation
import Synchronization

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the event loop polls between frames, so every way of stopping the
/// dashboard — Ctrl-C, `kill`, an SSH disconnect — leaves through the same path that restores the terminal; these
/// and a resize also write to a pipe the sleeping loop polls, so they wake it at once.
///
/// Crashes (a trap, SIGSEGV, SIGABRT) cannot go through the loop; for those the handler puts the terminal's modes
/// back as they were before curses changed them (echo, line editing), sends a reset escape, says what happened,
/// and re-raises, so the shell is usable and the crash still reports.
enum SignalTrap {
    /// The last stopping signal received, 0 while none.
    private static let received = Atomic<Int32>(0)

    /// The terminal's modes at start, written once before any handler can run and only read after: `tcsetattr`
    /// with it is async-signal-safe, where `endwin` is not.
    nonisolated(unsafe) private static var startModes = termios()
    nonisolated(unsafe) private static var hasStartModes = false

    /// The read end of a pipe the handlers write a byte to (a stopping signal, a resize), so a loop asleep in
    /// poll() wakes at once, even for a signal that came just before it went to sleep; -1 before `install`.
    nonisolated(unsafe) private(set) static var wakeDescriptor: Int32 = -1
    nonisolated(unsafe) private static var wakeWriter: Int32 = -1
    /// The SIGWINCH handler curses installed, called after ours so it still learns of the resize.
    nonisolated(unsafe) private static var cursesResize = sigaction()

    static let stopping: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashing: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGSEGV, SIGFPE]

    static func install() {
        hasStartModes = tcgetattr(STDIN_FILENO, &startModes) == 0
        // A parent may have started us with these blocked (a test runner's worker thread, some supervisors); a
        // blocked SIGTERM would make the dashboard unkillable short of SIGKILL, leaving the terminal raw.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in stopping { sigaddset(&unblock, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for fd in ends {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
            (wakeDescriptor, wakeWriter) = (ends[0], ends[1])
        }
        for signal in stopping {
            Foundation.signal(signal) { number in
                SignalTrap.received.store(number, ordering: .relaxed)
                SignalTrap.wake()
            }
        }
        for signal in crashing {
            Foundation.signal(signal) { number in
                // Leave the alternate screen, show the cursor, reset attributes: what endwin would send, but only
                // with write(2), which is safe inside a signal handler.
                if SignalTrap.hasStartModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, &SignalTrap.startModes) }
                let reset: StaticString = "\u{1B}[?2026l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
                _ = Foundation.write(STDERR_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
                // The number without allocating: two digits cover every signal.
                var said: (UInt8, UInt8) = (UInt8(ascii: "0") + UInt8(number / 10 % 10), UInt8(ascii: "0") + UInt8(number % 10))
                let head: StaticString = "onescreen: stopped by a fatal error (signal "
                let tail: StaticString = "); the terminal was restored. Please report this with the message above.\n"
                _ = Foundation.write(STDERR_FILENO, head.utf8Start, head.utf8CodeUnitCount)
                withUnsafeBytes(of: &said) { _ = Foundation.write(STDERR_FILENO, $0.baseAddress, 2) }
                _ = Foundation.write(STDERR_FILENO, tail.utf8Start, tail.utf8CodeUnitCount)
                Foundation.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    /// Makes a resize wake the loop too. Called after curses has started: it installs its own SIGWINCH handler only
    /// where none is set, and that handler still runs, after ours, so curses reports the new size.
    static func wakeOnResize() {
        #if os(Linux)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            SignalTrap.wake()
            let chained = SignalTrap.cursesResize
            if chained.sa_flags & SA_SIGINFO != 0 {
                chained.__sigaction_handler.sa_sigaction?(number, nil, nil)
            } else if let handler = chained.__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) > 1 {
                // 0 and 1 are SIG_DFL and SIG_IGN, not functions.
                handler(number)
            }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(SA_RESTART)
        sigaction(SIGWINCH, &action, &cursesResize)
        #endif
    }

    /// Empties the wake pipe after a wake-up, so it does not keep poll() returning.
    static func drainWakes() {
        guard wakeDescriptor >= 0 else { return }
        var bytes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        while withUnsafeMutableBytes(of: &bytes, { read(wakeDescriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// write(2) only: safe inside a signal handler. A full pipe already holds a wake-up.
    private static func wake() {
        guard wakeWriter >= 0 else { return }
        var byte: UInt8 = 1
        _ = Foundation.write(wakeWriter, &byte, 1)
    }

    /// A wall screen cannot be suspended or made to dump core from its keyboard (raw mode already turns those keys
    /// into bytes) nor by a stray signal from a script; SIGINT and SIGTERM still stop it cleanly.
    static func ignoreJobControl() {
        for signal in [SIGTSTP, SIGTTIN, SIGTTOU, SIGQUIT] { Foundation.signal(signal, SIG_IGN) }
    }

    /// The stopping signal received since the start, if any.
    static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
