import Foundation

/// The `onescreen` binary beside the bench, running in a detached tmux session on a socket of the bench's own: for
/// the figures only a real terminal gives (bytes on the wire, change-to-screen latency, idle CPU).
struct TmuxDashboard {
    let tmux: String
    let binary: String
    let socket: String

    /// Nil, with the reason printed after `label`, when tmux or the release `onescreen` binary is missing.
    /// - Parameter server: tells apart the tmux servers of one run that keeps several programs side by side.
    init?(label: String, server: String = "") {
        socket = "onescreen-bench-\(getpid())" + (server.isEmpty ? "" : "-" + server)
        guard let tmux = ChildProcess.find("tmux") else {
            print("\(label): tmux not found; skipped")
            return nil
        }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("onescreen").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("\(label): \(binary) missing; build it first (swift build -c release --product onescreen)")
            return nil
        }
        self.tmux = tmux
        self.binary = binary
    }

    /// Starts the dashboard on `store` in a `width` x `height` terminal, sizes pinned by nothing but the terminal.
    func start(store: String, width: Int, height: Int, arguments: [String]) throws {
        try start(command: "\(binary) --store \(store) " + arguments.joined(separator: " "), width: width, height: height)
    }

    /// Runs `command` (a shell command line) in a `width` x `height` terminal.
    func start(command: String, width: Int, height: Int) throws {
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                 "env -u LINES -u COLUMNS TERM=xterm-256color LANG=C.UTF-8 " + command])
    }

    /// The pid of the program the session's pane runs (not a shell in between).
    func programPID(scratch: String) throws -> Int32? {
        try run(["display-message", "-p", "#{pane_pid}"], output: scratch)
        let text = ((try? String(contentsOfFile: scratch, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return Int32(text).map(ProcessStat.program(inPane:))
    }

    /// One tmux command against this session's server, its stdout written to `output`.
    func run(_ arguments: [String], output: String = "/dev/null") throws {
        _ = try ChildProcess(executable: tmux, arguments: ["-L", socket] + arguments).run(stdout: output, stderr: "/dev/null")
    }

    func stop() {
        try? run(["kill-server"])
    }

    /// The size of a file in bytes, 0 when it is missing.
    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
