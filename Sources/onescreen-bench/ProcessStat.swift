#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What another running process costs, read from `/proc`: its CPU time so far and its resident memory now.
enum ProcessStat {
    /// User plus system CPU seconds of a process, from /proc/PID/stat (fields 14 and 15, in clock ticks).
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// `VmRSS` of a process in bytes: all it has in memory, the pages of its program and libraries included.
    static func residentBytes(_ pid: Int32) -> Int? { status(pid, "VmRSS") }

    /// `RssAnon` in bytes: the memory that is the process's alone (heap, stacks, caches), not pages of files that
    /// every process running the same program or libraries shares.
    static func privateBytes(_ pid: Int32) -> Int? { status(pid, "RssAnon") }

    private static func status(_ pid: Int32, _ field: String) -> Int? {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
              let kib = Int(line.filter(\.isNumber)) else { return nil }
        return kib * 1024
    }

    /// The program a tmux pane runs: the pane's process, or the child it started when that is a shell or `env`
    /// that did not exec it.
    static func program(inPane pid: Int32) -> Int32 {
        var current = pid
        for _ in 0..<4 {
            let name = ((try? String(contentsOfFile: "/proc/\(current)/comm", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard ["sh", "bash", "dash", "env"].contains(name),
                  let children = try? String(contentsOfFile: "/proc/\(current)/task/\(current)/children", encoding: .utf8),
                  let child = children.split(separator: " ").first.flatMap({ Int32($0) }) else { return current }
            current = child
        }
        return current
    }
}
