import CSpawn
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a command in a process group of its own, reading stdout and stderr together so that a chatty child never
/// blocks on a full pipe, and killing the whole group (children of children included) when time is up. Stdout goes
/// to the caller as it arrives; only the end of stderr is kept.
struct ChildProcess: Sendable {
    var command: [String]
    var directory: String
    var environment: [String: String]

    /// Enough stderr to hold the last few lines of a stack trace or an error message.
    static let stderrTailBytes = 4 << 10
    /// How often the waiting thread looks at its stop flag and deadline: well under the 50 ms a screen must answer
    /// in, and a wake-up so rare it costs nothing.
    static let pollMillis: Int32 = 25
    /// After SIGKILL the pipes close at once unless a process left the group (setsid); then stop waiting.
    static let drainAfterKill = Duration.seconds(1)
    /// After the command itself exits, how long its output may stay quiet but open before the run ends: whatever
    /// still holds the pipe then (a daemon it started with `setsid`, out of the group's reach) is killed with it.
    static let quietAfterExit = Duration.milliseconds(200)
    static let readChunkBytes = 64 << 10

    /// Runs the command to its end, the deadline, or `stop`, handing stdout to `output` as it arrives. Time spent
    /// inside `output` (waiting for the store) is added to the deadline: it is the store's time, not the command's.
    /// - Parameters:
    ///   - idleTimeout: kill the group when stdout stays silent this long (a stream whose feed went away).
    ///   - tick: called between reads, at least every `pollMillis`, with the bytes of stdout written but not yet
    ///     read (a stream's backlog), so a stream can commit what is pending on time; what it returns is time spent
    ///     on the store, not counted against the command either.
    func run(deadline: ContinuousClock.Instant, idleTimeout: Duration? = nil, stop: StopFlag,
             output: (UnsafeRawBufferPointer) -> Duration, tick: (Int) -> Duration = { _ in .zero }) throws -> ChildProcessResult {
        let (pid, outRead, errRead) = try Self.spawning.withLock { _ in
            let (outRead, outWrite) = try Self.pipe()
            let (errRead, errWrite) = try Self.pipe()
            defer { close(outWrite); close(errWrite) }
            do {
                return (try spawn(stdout: outWrite, stderr: errWrite), outRead, errRead)
            } catch {
                close(outRead)
                close(errRead)
                throw error
            }
        }
        defer { close(outRead); close(errRead) }

        var deadline = deadline
        var stderr: [UInt8] = []
        var open: [Int32] = [outRead, errRead]
        var status: Int32?
        var ending: ChildProcessResult.Ending?
        var killedAt: ContinuousClock.Instant?
        var lastOutput = ContinuousClock.now
        var strays = 0
        let clock = ContinuousClock()
        var buffer = [UInt8](repeating: 0, count: Self.readChunkBytes)

        func killGroup(_ reason: ChildProcessResult.Ending) {
            guard killedAt == nil else { return }
            ending = reason
            killedAt = clock.now
            kill(-pid, SIGKILL)
        }

        while !open.isEmpty || status == nil {
            if let at = killedAt, clock.now - at > Self.drainAfterKill { break }
            if killedAt == nil && (stop.isRaised || clock.now >= deadline) { killGroup(.timedOut) }
            if killedAt == nil, status == nil, let idleTimeout, clock.now - lastOutput > idleTimeout { killGroup(.silent) }
            if status == nil {
                var raw: Int32 = 0
                if waitpid(pid, &raw, WNOHANG) == pid { status = raw }
            }
            if status != nil, killedAt == nil, !open.isEmpty, clock.now - lastOutput > Self.quietAfterExit {
                // The command is done but something it started still holds its output open.
                strays = Self.killHolders(of: open)
                break
            }
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), Self.pollMillis)
            if killedAt == nil {
                var unread: Int32 = 0
                if open.contains(outRead) { _ = ioctl(outRead, UInt(FIONREAD), &unread) }
                let spent = tick(Int(unread))
                deadline += spent
                lastOutput += spent
            }
            guard ready > 0 else { continue }
            for entry in fds where entry.revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    lastOutput = clock.now
                    if entry.fd == outRead {
                        // Read by the ingest that is not this command's time; and a killed run's output is not taken.
                        if killedAt == nil { deadline += buffer.withUnsafeBytes { output(UnsafeRawBufferPointer(rebasing: $0[0..<n])) } }
                        lastOutput = clock.now
                    } else {
                        stderr.append(contentsOf: buffer[0..<n])
                        if stderr.count > 2 * Self.stderrTailBytes { stderr.removeFirst(stderr.count - Self.stderrTailBytes) }
                    }
                } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        if status == nil {
            var raw: Int32 = 0
            if waitpid(pid, &raw, 0) == pid { status = raw }
        }
        // The run owns its group: whatever the plug-in left running in the background ends with it.
        kill(-pid, SIGKILL)

        if ending == nil, let status {
            let wait = WaitStatus(status)
            ending = wait.exitCode.map { .exited($0) } ?? .signalled(wait.signal)
        }
        return ChildProcessResult(ending: ending ?? .timedOut, stderrTail: Array(stderr.suffix(Self.stderrTailBytes)), strays: strays)
    }

    /// Kills every other process holding one of `pipes` (by the pipe's inode, from /proc), with its process group:
    /// a daemon started with `setsid` has left ours. Returns how many there were.
    static func killHolders(of pipes: [Int32]) -> Int {
        var inodes: Set<String> = []
        for fd in pipes {
            var info = stat()
            if fstat(fd, &info) == 0 { inodes.insert("pipe:[\(info.st_ino)]") }
        }
        let me = getpid()
        var killed = 0
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry), pid != me else { continue }
            let fdDirectory = "/proc/\(entry)/fd"
            let holds = ((try? FileManager.default.contentsOfDirectory(atPath: fdDirectory)) ?? []).contains { fd in
                (try? FileManager.default.destinationOfSymbolicLink(atPath: fdDirectory + "/" + fd)).map(inodes.contains) ?? false
            }
            guard holds else { continue }
            let group = getpgid(pid)
            if group > 0, group != getpgrp() { kill(-group, SIGKILL) }
            kill(pid, SIGKILL)
            killed += 1
        }
        return killed
    }

    private func spawn(stdout: Int32, stderr: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        posix_spawn_file_actions_addchdir_np(&actions, directory)
        posix_spawn_file_actions_addclosefrom_np(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own (pgid = pid) so one kill(-pgid) reaches every process the plug-in starts; default
        // signal handling and an empty mask, whatever the collector set for itself.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)

        let argv = command.map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { strdup("\($0)=\($1)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        guard result == 0 else { throw SourceFailure("cannot start \(command[0]): \(String(cString: strerror(result)))") }
        return pid
    }

    /// Pipes are made and close-on-exec set in two steps (`pipe2` is hidden from Swift); holding this lock across
    /// both and the spawn keeps another source's child from inheriting our write end in between, which would
    /// keep our read end from ever seeing the end of output.
    private static let spawning = Mutex(())

    private static func pipe() throws -> (Int32, Int32) {
        var fds: [Int32] = [0, 0]
        guard Glibc.pipe(&fds) == 0 else { throw SourceFailure("cannot make a pipe: \(String(cString: strerror(errno)))") }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }
}
