#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What one timed phase cost: wall time (what a user waits for), CPU time (beside wall time it shows when a
/// shared machine was busy, or when work ran on other threads), and peak resident memory.
struct Measured {
    var wallSeconds: Double
    var cpuSeconds: Double
    /// Nil where the platform cannot isolate one phase's peak (it would be the whole process's).
    var peakRSSBytes: Int?

    /// Times `body` in this process. On Linux the peak RSS is reset first (`/proc/self/clear_refs`), so it is
    /// this phase's peak, not the generator's or an earlier benchmark's.
    static func inProcess<T>(_ body: () throws -> T) rethrows -> (T, Measured) {
        let canResetPeak = resetPeakRSS()
        let cpu0 = cpuSecondsOfThisProcess()
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let wall = start.duration(to: clock.now)
        let measured = Measured(wallSeconds: wall.seconds, cpuSeconds: cpuSecondsOfThisProcess() - cpu0,
                                peakRSSBytes: canResetPeak ? peakRSS(ofProcess: "self") : nil)
        return (result, measured)
    }

    /// The median wall time of `runs` runs of `body`: steadier than the mean on a shared machine, where one run in
    /// a few is slowed by others.
    static func median(_ runs: Int, _ body: () throws -> Void) throws -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let (_, measured) = try inProcess(body)
            times.append(measured.wallSeconds)
        }
        return times.sorted()[times.count / 2]
    }

    func rate(_ count: Int) -> Double { Double(count) / wallSeconds }

    /// The faster of two runs of the same phase (by wall time), for `--repeat`.
    static func fastest(_ a: Measured?, _ b: Measured) -> Measured {
        guard let a, a.wallSeconds <= b.wallSeconds else { return b }
        return a
    }

    private static func cpuSecondsOfThisProcess() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private static func resetPeakRSS() -> Bool {
        #if os(Linux)
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return write(fd, "5", 1) == 1
        #else
        return false
        #endif
    }

    /// The high-water mark of a process's resident memory (`VmHWM` in `/proc/PID/status`), in bytes; nil where
    /// there is no such file.
    static func peakRSS(ofProcess pid: String) -> Int? {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = Int(line.filter(\.isNumber)) else { return nil }
        return kib * 1024
    }
}

extension rusage {
    var totalCPUSeconds: Double {
        Double(ru_utime.tv_sec + ru_stime.tv_sec) + Double(ru_utime.tv_usec + ru_stime.tv_usec) / 1e6
    }

    /// `ru_maxrss` in bytes: Linux counts KiB, Darwin bytes.
    var maxRSSBytes: Int {
        #if os(Linux)
        Int(ru_maxrss) * 1024
        #else
        Int(ru_maxrss)
        #endif
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
