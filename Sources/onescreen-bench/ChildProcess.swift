#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a reference tool as a child process and measures it with `wait4`, which reports the child's own CPU
/// time and peak RSS (Foundation's `Process` hides both).
struct ChildProcess {
    /// The executable's path: `name` searched on `PATH`, or nil when it is not installed.
    static func find(_ name: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    let executable: String
    let arguments: [String]

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
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("waiting for \(executable): \(String(cString: strerror(errno)))") }
        }
        let wall = start.duration(to: clock.now)
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import; a signal shows as 128 + its number, like a shell.
        let exit = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F
        return (exit, Measured(wallSeconds: wall.seconds, cpuSeconds: usage.totalCPUSeconds, peakRSSBytes: usage.peakRSSBytes))
    }
}
