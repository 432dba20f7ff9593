import Foundation
import OneScreenCore

/// A real terminal for end-to-end tests: a detached tmux session on its own server socket, so tests never touch a
/// user's tmux and run in parallel. The screen is read as a person would see it, with `capture-pane`.
public final class TmuxSession: Sendable {
    public let socket: String
    public let name = "t"

    /// Starts `command` in a shell (so `q` returns to a prompt that a test can see) at `width` x `height`.
    public init(command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        socket = "onescreen-test-" + UUID().uuidString.prefix(8)
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"].merging(IsolatedHome.environment) { $1 }
        env.merge(environment) { $1 }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        // `remain-on-exit` keeps the pane readable if the shell dies; the shell's own prompt marks a clean exit.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  "env -u COLUMNS -u LINES \(exports) PS1='$ ' bash --norc --noprofile"])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
        // Manual sizing lets tests resize the window; it also drops the window to the default size, so set it again.
        try tmux(["set-option", "-t", name, "-g", "window-size", "manual"])
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
        try send(command, enter: true)
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// The visible screen, one string per row; `styled` keeps the colour and attribute escapes, for what only style
    /// shows (a focused pane, a selected row).
    public func capture(styled: Bool = false) throws -> [String] {
        try tmux(["capture-pane", "-p"] + (styled ? ["-e"] : []) + ["-t", name]).components(separatedBy: "\n")
    }

    /// Types `keys` literally. Throws when tmux did not take them, so a test never reads "nothing happened" from a
    /// key that was never sent.
    public func send(_ keys: String, enter: Bool = false) throws {
        try tmux(["send-keys", "-t", name, "-l", keys])
        if enter { try tmux(["send-keys", "-t", name, "Enter"]) }
    }

    /// A named key such as `Escape`, `C-c`, `Tab`, `Down`.
    public func key(_ name: String) throws {
        try tmux(["send-keys", "-t", self.name, name])
    }

    /// A left click at screen column `x`, row `y` (from 0), as an xterm reports it in SGR mode (`CSI < b;x;y M`, then
    /// `m` on release), which is what ncurses asks for under `TERM=xterm-256color`. The bytes go straight to the
    /// program, as a terminal would send them.
    public func click(x: Int, y: Int) throws {
        try send("\u{1B}[<0;\(x + 1);\(y + 1)M")
        try send("\u{1B}[<0;\(x + 1);\(y + 1)m")
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the program in the pane's foreground (the shell when the dashboard has exited).
    public func panePID() throws -> Int32? {
        Int32(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Polls the screen until `condition` holds or `timeout` seconds pass; returns the last screen either way. A
    /// screen tmux cannot capture throws at once rather than running out the clock.
    @discardableResult
    public func waitFor(timeout: Double = 20, styled: Bool = false, _ condition: ([String]) -> Bool) throws -> (met: Bool, screen: [String]) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture(styled: styled)
        while !condition(screen) {
            if Date() > deadline { return (false, screen) }
            usleep(100_000)
            screen = try capture(styled: styled)
        }
        return (true, screen)
    }

    /// Runs one tmux client command and returns what it printed; throws `TmuxError` with tmux's own message when it
    /// exits non-zero. Spawned and reaped directly (not with `Process`): the command that starts the server leaves a
    /// daemon behind, and the client's output goes through files so nothing waits on a pipe the daemon inherited.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString.prefix(8))").path
        let output = base + ".out", errors = base + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: output)
            try? FileManager.default.removeItem(atPath: errors)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads block some signals and the mask is inherited through exec: the tmux server,
        // and so the program under test, must start with none blocked and default handlers, like a login shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard WaitStatus(status).exitCode == 0 else {
            let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            throw TmuxError(arguments: arguments, status: status, message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    static func quote(_ value: String) -> String { "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// A tmux command that failed: which one, how it ended and what tmux said, so a test's failure names the cause.
public struct TmuxError: Error, CustomStringConvertible {
    public let arguments: [String]
    public let status: Int32
    public let message: String

    public var description: String { "tmux \(arguments.joined(separator: " ")) failed (wait status \(status)): \(message)" }
}
