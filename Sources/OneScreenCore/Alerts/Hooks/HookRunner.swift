import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs hook commands for alert events, each on a thread of its own, so the caller (ingest, the dashboard's
/// loop) never waits for one. Each hook runs in a process group of its own, reads the alert on standard input,
/// and is killed with its whole group at its timeout.
public final class HookRunner: @unchecked Sendable {
    // @unchecked: `running` is only touched with `idle` locked; everything else is immutable.
    public let hooks: [AlertHook]
    private let utcOffset: Int
    private let report: @Sendable (HookOutcome) -> Void
    private let idle = NSCondition()
    private var running = 0

    /// Hooks running at once; beyond it new runs are dropped and reported, so an alert storm cannot fork the
    /// machine to death or pile up stuck hooks.
    public static let maxRunning = 16
    /// How often a running hook is checked for having exited: short against any timeout, long enough that
    /// watching costs nothing.
    static let pollInterval: useconds_t = 10_000
    /// Shorter than this a hook cannot even start on a busy machine; a typo (`10ms`) must not kill every hook.
    public static let minimumTimeout = Duration.milliseconds(100)
    /// Serialises creating a hook's pipe and spawning it (see `run`).
    private static let spawnLock = NSLock()

    public init(hooks: [AlertHook], utcOffset: Int, report: @escaping @Sendable (HookOutcome) -> Void = { _ in }) {
        self.hooks = hooks
        self.utcOffset = utcOffset
        self.report = report
    }

    /// Starts the hooks that want each event and returns at once.
    public func notify(_ events: [AlertEvent]) {
        for event in events {
            for hook in hooks where hook.wants(event) {
                let input = AlertJSON.hookInput(event, utcOffset: utcOffset)
                let started = idle.withLock {
                    guard running < HookRunner.maxRunning else { return false }
                    running += 1
                    return true
                }
                guard started else {
                    report(HookOutcome(command: hook.command, alertID: event.alert.id, event: event.kind, ending: .dropped))
                    continue
                }
                let thread = Thread { [self] in
                    let ending = HookRunner.run(hook, input: input)
                    report(HookOutcome(command: hook.command, alertID: event.alert.id, event: event.kind, ending: ending))
                    idle.withLock {
                        running -= 1
                        idle.broadcast()
                    }
                }
                thread.start()
            }
        }
    }

    /// The longest any hook may run: after that long every hook started so far has ended or been killed.
    public var longestTimeout: Duration { hooks.map(\.timeout).max() ?? .zero }

    /// Waits until no hook is running, or `timeout` passed; true when idle. A command-line ingest calls this
    /// before exiting, so its hooks are not left unwatched.
    @discardableResult
    public func waitUntilIdle(timeout: Duration) -> Bool {
        let deadline = Date().addingTimeInterval(Double(timeout.milliseconds) / 1000)
        return idle.withLock {
            while running > 0 {
                if !idle.wait(until: deadline) { return running == 0 }
            }
            return true
        }
    }

    // MARK: one run

    static func run(_ hook: AlertHook, input: String) -> HookOutcome.Ending {
        // A hook that stops reading its input must not kill us with SIGPIPE; blocked here, the write fails instead.
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)

        let deadline = Date().addingTimeInterval(Double(hook.timeout.milliseconds) / 1000)
        var fds: [Int32] = [-1, -1]
        let spawned: Result<pid_t, SpawnError> = spawnLock.withLock {
            // Under the lock until both ends are close-on-exec: a hook started by another thread in between
            // would otherwise inherit this pipe, and this hook would never see the end of its input.
            guard pipe(&fds) == 0 else { return .failure(SpawnError(description: String(cString: strerror(errno)))) }
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            return spawn(hook.command, stdin: fds[0])
        }
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        let pid: pid_t
        switch spawned {
        case .success(let p): pid = p
        case .failure(let why):
            for fd in fds where fd >= 0 { close(fd) }
            return .couldNotStart(why.description)
        }
        close(fds[0])
        feed(Array(input.utf8), to: fds[1], until: deadline)
        close(fds[1])

        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { return .exited(-1) }
            if Date() >= deadline {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            usleep(pollInterval)
        }
        let wait = WaitStatus(status)
        return wait.exitCode.map { .exited($0) } ?? .signalled(wait.signal)
    }

    /// Writes the input without ever blocking past the deadline; a hook that does not read it gets less.
    private static func feed(_ bytes: [UInt8], to fd: Int32, until deadline: Date) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                offset += n
                continue
            }
            guard n < 0, errno == EAGAIN || errno == EINTR else { return }
            let left = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            guard left > 0 else { return }
            var wait = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            _ = poll(&wait, 1, left)
        }
    }

    private struct SpawnError: Error, CustomStringConvertible { var description: String }

    /// posix_spawn rather than fork: safe in a threaded process. The child gets its own process group (so the
    /// timeout can kill everything it started), default signal handling, `stdin` as input and /dev/null for
    /// output (the terminal belongs to curses).
    private static func spawn(_ command: [String], stdin: Int32) -> Result<pid_t, SpawnError> {
        guard let program = command.first else { return .failure(SpawnError(description: "empty command")) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGWINCH, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_addclose(&actions, stdin)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, program, &actions, &attributes, &argv, environ)
        guard result == 0 else { return .failure(SpawnError(description: "\(program): \(String(cString: strerror(result)))")) }
        return .success(pid)
    }
}
