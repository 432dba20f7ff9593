import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs hook commands for alert events, each on a thread of its own, so the caller (ingest, the dashboard's
/// loop) never waits for one. Each hook runs in a process group of its own, reads the alert (or its group of
/// alerts) on standard input, and is killed with its whole group at its timeout. A grouped hook's alerts wait here,
/// in memory, for the group's `group_wait`; reminders (`repeat:`) are decided by the engine, which keeps their
/// times in the store.
public final class HookRunner: @unchecked Sendable {
    // @unchecked: `running`, `pending` and `serial` are only touched with `idle` locked; everything else is immutable.
    public let hooks: [AlertHook]
    private let utcOffset: Int
    private let reporter: (any AlertReporting)?
    private let report: @Sendable (HookOutcome) -> Void
    private let idle = NSCondition()
    private var running = 0
    /// Alerts of a grouped hook waiting out the group's wait, with the number of the wait that sends them.
    private var pending: [GroupID: (serial: Int, deliveries: [HookDelivery])] = [:]
    private var serial = 0

    /// One group of one hook.
    private struct GroupID: Hashable {
        var hook: Int
        var group: [String: String]
    }

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

    public init(hooks: [AlertHook], utcOffset: Int, reporter: (any AlertReporting)? = nil,
                report: @escaping @Sendable (HookOutcome) -> Void = { _ in }) {
        self.hooks = hooks
        self.utcOffset = utcOffset
        self.reporter = reporter
        self.report = report
    }

    /// Starts (or, for grouped hooks, queues) the hooks that want each event and returns at once.
    public func notify(_ events: [AlertEvent]) {
        var byHook: [Int: [HookDelivery]] = [:]
        for event in events {
            for (index, hook) in hooks.enumerated() where hook.wants(event) {
                byHook[index, default: []].append(HookDelivery(kind: event.kind, alert: event.alert))
            }
        }
        deliver(byHook)
    }

    /// Sends each hook (by index) a reminder of the alerts still firing.
    func remind(_ alerts: [Int: [AlertRecord]]) {
        deliver(alerts.mapValues { $0.map { HookDelivery(kind: .fire, alert: $0, isRepeat: true) } })
    }

    private func deliver(_ byHook: [Int: [HookDelivery]]) {
        for (index, deliveries) in byHook.sorted(by: { $0.key < $1.key }) {
            guard let grouping = hooks[index].grouping else {
                for delivery in deliveries { start(index, [delivery], group: nil) }
                continue
            }
            let opened: [(GroupID, Int)] = idle.withLock {
                var opened: [(GroupID, Int)] = []
                for delivery in deliveries {
                    let id = GroupID(hook: index, group: grouping.group(of: delivery.alert))
                    if pending[id] == nil {
                        serial += 1
                        pending[id] = (serial, [])
                        opened.append((id, serial))
                    }
                    pending[id]!.deliveries.append(delivery)
                }
                return opened
            }
            let wait = Double(grouping.wait.milliseconds) / 1000
            for (id, serial) in opened {
                DispatchQueue.global().asyncAfter(deadline: .now() + wait) { [self] in flush(id, serial: serial) }
            }
        }
    }

    /// Sends a group whose wait is over; nil `serial` sends whatever waits (see `flushGroups`).
    private func flush(_ id: GroupID, serial: Int?) {
        let deliveries: [HookDelivery]? = idle.withLock {
            guard let waiting = pending[id], serial == nil || waiting.serial == serial else { return nil }
            pending[id] = nil
            return waiting.deliveries
        }
        if let deliveries { start(id.hook, deliveries, group: id.group) }
    }

    /// Sends every group still waiting now, its wait cut short: a command-line ingest about to exit has seen every
    /// alert its groups would get.
    public func flushGroups() {
        for id in idle.withLock({ Array(pending.keys) }) { flush(id, serial: nil) }
    }

    private func start(_ index: Int, _ deliveries: [HookDelivery], group: [String: String]?) {
        let hook = hooks[index]
        let first = deliveries[0]
        @Sendable func outcome(_ ending: HookOutcome.Ending) -> HookOutcome {
            HookOutcome(command: hook.command, alertID: first.alert.id, event: first.kind, ending: ending, alerts: deliveries.count)
        }
        let started = idle.withLock {
            guard running < HookRunner.maxRunning else { return false }
            running += 1
            return true
        }
        guard started else {
            report(outcome(.dropped))
            return
        }
        let thread = Thread { [self] in
            // Reports read the store and draw: here, off the caller's thread.
            let ending = HookRunner.run(hook, input: input(for: hook, deliveries, group: group))
            report(outcome(ending))
            idle.withLock {
                running -= 1
                idle.broadcast()
            }
        }
        thread.start()
    }

    /// The JSON line the hook reads: one alert's object, or a group's.
    private func input(for hook: AlertHook, _ deliveries: [HookDelivery], group: [String: String]?) -> String {
        let language = hook.language ?? .zh
        let reports = deliveries.map { reporter?.report($0.alert, language: language, viewer: hook.viewer) }
        let deliveries = deliveries.map { delivery in
            var delivery = delivery
            if let viewer = hook.viewer { delivery.alert = delivery.alert.masked(for: viewer) }
            return delivery
        }
        let objects = zip(deliveries, reports).map { AlertJSON.hookObject($0, report: $1, utcOffset: utcOffset) }
        guard let group else { return AlertJSON.text(objects[0]) + "\n" }
        let text = zip(deliveries, reports).map { delivery, report in
            report ?? "\(delivery.alert.level.label) \(delivery.alert.rule) \(delivery.alert.subject): \(delivery.alert.message)"
        }.joined(separator: "\n\n")
        return AlertJSON.text(AlertJSON.groupObject(group, alerts: objects, report: text)) + "\n"
    }

    /// The longest any hook may run: after that long every hook started so far has ended or been killed.
    public var longestTimeout: Duration { hooks.map(\.timeout).max() ?? .zero }

    /// Sends the groups still waiting, then waits until no hook is running, or `timeout` passed; true when idle. A
    /// command-line ingest calls this before exiting, so its hooks are not left unwatched.
    @discardableResult
    public func waitUntilIdle(timeout: Duration) -> Bool {
        flushGroups()
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
