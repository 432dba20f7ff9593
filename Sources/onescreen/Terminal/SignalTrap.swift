import Foundation
import Synchronization

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the event loop polls between frames, so every way of stopping the
/// dashboard — Ctrl-C, `kill`, an SSH disconnect — leaves through the same path that restores the terminal.
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
        for signal in stopping {
            Foundation.signal(signal) { number in SignalTrap.received.store(number, ordering: .relaxed) }
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
