import Foundation

/// A real terminal for end-to-end tests: a detached tmux session on its own server socket, so tests never touch a
/// user's tmux and run in parallel. The screen is read as a person would see it, with `capture-pane`.
public final class TmuxSession: Sendable {
    public let socket: String
    public let name = "t"

    /// Starts `command` in a shell (so `q` returns to a prompt that a test can see) at `width` x `height`.
    public init(command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        socket = "onescreen-test-" + UUID().uuidString.prefix(8)
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        env.merge(environment) { $1 }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        // `remain-on-exit` keeps the pane readable if the shell dies; the shell's own prompt marks a clean exit.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  "env \(exports) PS1='$ ' bash --norc --noprofile"])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
        try tmux(["set-option", "-t", name, "-g", "window-size", "manual"])
        send(command, enter: true)
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// The visible screen, one string per row.
    public func capture() -> [String] {
        (try? tmux(["capture-pane", "-p", "-t", name]))?.components(separatedBy: "\n") ?? []
    }

    public func send(_ keys: String, enter: Bool = false) {
        _ = try? tmux(["send-keys", "-t", name, "-l", keys])
        if enter { _ = try? tmux(["send-keys", "-t", name, "Enter"]) }
    }

    /// A named key such as `Escape`, `C-c`, `Tab`, `Down`.
    public func key(_ name: String) {
        _ = try? tmux(["send-keys", "-t", self.name, name])
    }

    public func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the program in the pane's foreground (the shell when the dashboard has exited).
    public func panePID() -> Int32? {
        (try? tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Polls the screen until `condition` holds or `timeout` seconds pass; returns the last screen either way.
    @discardableResult
    public func waitFor(timeout: Double = 20, _ condition: ([String]) -> Bool) -> (met: Bool, screen: [String]) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !condition(screen) {
            if Date() > deadline { return (false, screen) }
            usleep(100_000)
            screen = capture()
        }
        return (true, screen)
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func quote(_ value: String) -> String { "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
