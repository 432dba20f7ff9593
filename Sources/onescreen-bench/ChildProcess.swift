#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a reference tool as a child process and measures it: `wait4` reports the child's own CPU time, which
/// Foundation's `Process` hides. Its peak RSS is sampled from `/proc` while it runs, because on Linux a spawned
/// child's `ru_maxrss` starts from the parent's memory at the spawn, which here is the benchmark's own.
struct ChildProcess {
    /// The executable's path: `name` searched on `PATH`, or nil when it is not installed.
    static func find(_ name: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    let executable: String
    let arguments: [String]
    /// How often a running child is looked at: often enough that its wall time is off by well under 1 %.
    static let pollMicroseconds: useconds_t = 5_000

    /// Runs to completion with stdout and stderr written to files (a tool that complains per row must not
    /// flood the benchmark's output), and returns the exit status with what the run cost.
    func run(stdout: String, stderr: String) throws(BenchError) -> (status: Int32, measured: Measured) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        let clock = ContinuousClock()
        let start = clock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        var sampledPeak: Int?
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            guard waited == 0 || errno == EINTR else {
                throw BenchError("waiting for \(executable): \(String(cString: strerror(errno)))")
            }
            // A high-water mark only rises, so the last sample before the exit is (nearly) the peak.
            if let peak = Measured.peakRSS(ofProcess: "\(pid)") { sampledPeak = peak }
            usleep(Self.pollMicroseconds)
        }
        let wall = start.duration(to: clock.now)
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import; a signal shows as 128 + its number, like a shell.
        let exit = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F
        return (exit, Measured(wallSeconds: wall.seconds, cpuSeconds: usage.totalCPUSeconds, peakRSSBytes: sampledPeak ?? usage.maxRSSBytes))
    }
}
