import Foundation
import OneScreenCore
import OneScreenUI

/// The real dashboard on a fast clock, for the soak benchmark (`--soak-step`): each pass of the loop is `step`
/// seconds after the last instead of following the wall, and input is polled without waiting, so days go by in
/// minutes. It records the kiosk's page switches against the rotation's plan and the resident memory as the days
/// pass, and writes what it saw when the dashboard stops.
final class SoakRun {
    let step: Double
    let reportPath: String
    private let start: Instant
    private var now: Instant
    private var passes = 0
    private let started = ContinuousClock.now
    private var switches = 0
    /// The longest a switch came after its planned time: at most one step, however long the run.
    private var latestSwitch = 0.0
    /// The page up and when the next is planned, as of the last pass.
    private var plan: (index: Int, due: Instant)?
    private var interval: Double?
    /// Resident memory after the warm-up and then every `sampleHours` of simulated time.
    private var memory: [Int] = []

    /// By the first simulated hour every page has been drawn and read, and SQLite's page cache has filled: growth
    /// before it is warm-up, growth after it is a leak.
    static let warmUpHours = 1
    static let sampleHours = 6

    init(step: Double, reportPath: String, start: Instant) {
        self.step = step
        self.reportPath = reportPath
        self.start = start
        now = start
    }

    /// The clock of the next pass.
    func nextPass() -> Instant {
        if passes > 0 { now = now.adding(seconds: step) }
        passes += 1
        return now
    }

    /// Notes the rotation after this pass's `advance` and, once every few simulated hours, the resident memory.
    func record(_ rotation: KioskRotation?) {
        let hours = Int(now.seconds(since: start) / 3600)
        if hours >= Self.warmUpHours + Self.sampleHours * memory.count, let bytes = Self.residentBytes() {
            memory.append(bytes)
        }
        guard let rotation else { return }
        interval = rotation.intervalSeconds
        let status = rotation.status(at: now)
        if let plan, plan.index != status.index {
            switches += 1
            latestSwitch = max(latestSwitch, now.seconds(since: plan.due))
        }
        if let left = status.secondsLeft { plan = (status.index, now.adding(seconds: left)) }
    }

    /// What the run saw, in lines a person reads.
    var report: [String] {
        let simulated = now.seconds(since: start)
        let real = started.duration(to: .now)
        let realSeconds = Double(real.components.seconds) + Double(real.components.attoseconds) / 1e18
        let days = simulated / 86_400
        var lines = [
            "soak: \(passes) passes, \(step) s apart: \(Self.fixed(days, 2)) simulated days in \(Self.fixed(realSeconds, 1)) s "
                + "(\(Int(Double(passes) / max(realSeconds, 0.001))) passes/s)",
        ]
        let samples = memory.enumerated().map { "\(Self.warmUpHours + $0.offset * Self.sampleHours)h \(Self.mebibytes($0.element))" }
        if let first = memory.first, let last = memory.last, let highest = memory.max() {
            lines.append("soak: resident memory (MiB) by simulated hour: " + samples.joined(separator: ", "))
            lines.append("soak: resident memory after warm-up \(Self.mebibytes(first)) MiB, last sample \(Self.mebibytes(last)) MiB "
                         + "(\(last >= first ? "+" : "")\(Self.mebibytes(last - first))), highest \(Self.mebibytes(highest)) MiB, "
                         + "at stop \(Self.residentBytes().map(Self.mebibytes) ?? "?") MiB")
        }
        if let interval, let plan {
            // The plan after n switches is start + (n + 1) intervals; anything else is drift.
            let expected = start.adding(seconds: Double(switches + 1) * interval)
            lines.append("soak: kiosk rotation every \(Int(interval)) s: \(switches) switches (\(Int(simulated / interval)) expected), "
                         + "latest \(Self.fixed(latestSwitch, 1)) s after its plan, schedule drift \(plan.due.millis - expected.millis) ms")
        }
        return lines
    }

    func write() throws {
        try (report.joined(separator: "\n") + "\n").write(toFile: reportPath, atomically: true, encoding: .utf8)
    }

    /// `VmRSS` of this process in bytes.
    private static func residentBytes() -> Int? {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kib = Int(line.filter(\.isNumber)) else { return nil }
        return kib * 1024
    }

    private static func mebibytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576, 1) }

    private static func fixed(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
}
