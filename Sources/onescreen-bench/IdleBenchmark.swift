import Foundation

/// What a wall screen costs while nothing happens, beside `btop` in the same run: the idle dashboard on the sample
/// store, embedded and as a client of `onescreen serve`, and btop, each at 160x48 in a tmux server of its own, for 30
/// s (`--seconds`). Prints each one's share of a core (utime + stime over the run) and resident memory at the start
/// and the end, and the dashboard's against btop's. Goals: at most half btop's CPU; under 30 MiB embedded and 20 MiB
/// as a client.
struct IdleBenchmark: Benchmark {
    let name = "idle"
    let summary = "idle dashboard (embedded, and as a client of serve) beside btop at 160x48 for 30 s (--seconds): CPU and memory"
    static let seconds = 30
    static let width = 160, height = 48
    /// Every program has started (drawn its first frame, read its first data) once its CPU time stops rising for
    /// this long; the run is measured from then. Starting, a viewer reads and a server prunes and rolls up for
    /// some seconds, which is not what a wall screen costs by the week.
    static let settledSeconds = 2.0
    /// A program still busy after this is measured anyway: its idle is then what it costs.
    static let longestStartSeconds = 60.0

    private struct Watched {
        let label: String
        let pid: Int32
        var cpu0 = 0.0
        var rss0 = 0
        var private0 = 0
    }

    func run(_ options: BenchOptions) throws {
        guard let embedded = TmuxDashboard(label: name, server: "embedded"),
              let client = TmuxDashboard(label: name, server: "client"),
              let server = TmuxDashboard(label: name, server: "serve") else { return }
        let btopPath = ChildProcess.find("btop")
        if btopPath == nil { print("idle: btop not found; measuring onescreen alone (apt-get install btop to compare)") }
        let btop = btopPath == nil ? nil : TmuxDashboard(label: name, server: "btop")
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-idle-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if !options.keep { try? FileManager.default.removeItem(atPath: dir) } }
        // `onescreen serve` refuses a store in a folder others could reach.
        try FileManager.default.createDirectory(atPath: dir + "/store", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // Each viewer on a store of its own: the server's collector renews its lease in its store every 2 s, a
        // commit that would wake a viewer of the same store into a read.
        let store = dir + "/store/store.sqlite", served = dir + "/store/served.sqlite", socket = dir + "/serve.sock"
        for arguments in [["generate", "--seed", "1", "--out", dir + "/data"], ["ingest", "--store", store, dir + "/data"],
                          ["ingest", "--store", served, dir + "/data"]] {
            let (status, _) = try ChildProcess(executable: embedded.binary, arguments: arguments).run(stdout: "/dev/null", stderr: dir + "/setup.err")
            guard status == 0 else { throw BenchError("onescreen \(arguments[0]) failed: see \(dir)/setup.err") }
        }
        // No config of the user's: no sources run, so what is measured is the viewer alone.
        let home = "HOME=\(dir) XDG_CONFIG_HOME=\(dir)/config"
        defer { for tmux in [embedded, client, server, btop] { tmux?.stop() } }
        try server.start(command: "\(home) \(server.binary) serve --store \(served) --socket \(socket)", width: 80, height: 24)
        let clock = ContinuousClock(), started = clock.now
        while !FileManager.default.fileExists(atPath: socket), started.duration(to: clock.now) < .seconds(20) { usleep(20_000) }
        try embedded.start(command: "\(home) \(embedded.binary) --store \(store) --lang en", width: Self.width, height: Self.height)
        try client.start(command: "\(home) \(client.binary) --server \(socket) --lang en", width: Self.width, height: Self.height)
        if let btop, let btopPath { try btop.start(command: "\(home) \(btopPath)", width: Self.width, height: Self.height) }
        Thread.sleep(forTimeInterval: 1)

        let scratch = dir + "/pid.txt"
        var watched: [Watched] = []
        for (label, tmux) in [("onescreen embedded", embedded), ("onescreen client", client), ("onescreen serve", server), ("btop", btop)] {
            guard let tmux else { continue }
            guard let pid = try tmux.programPID(scratch: scratch), ProcessStat.cpuSeconds(pid) != nil else {
                throw BenchError("idle: \(label) is not running; see its terminal with --keep")
            }
            watched.append(Watched(label: label, pid: pid))
        }
        let onescreen = watched.filter { $0.label != "btop" }.map(\.pid)
        let startup = Self.settle(onescreen)
        for index in watched.indices {
            watched[index].cpu0 = ProcessStat.cpuSeconds(watched[index].pid) ?? 0
            watched[index].rss0 = ProcessStat.residentBytes(watched[index].pid) ?? 0
            watched[index].private0 = ProcessStat.privateBytes(watched[index].pid) ?? 0
        }
        let wall0 = clock.now
        let seconds = Double(options.seconds ?? Self.seconds)
        Thread.sleep(forTimeInterval: seconds)
        let wall = wall0.duration(to: clock.now).seconds

        var shares: [String: Double] = [:]
        print("idle: \(Int(seconds)) s at \(Self.width)x\(Self.height), sample store, nothing changing but the clock "
              + "(measured after the start settled, \(BenchFormat.fixed(startup, 1)) s)")
        for process in watched {
            guard let cpu = ProcessStat.cpuSeconds(process.pid), let rss = ProcessStat.residentBytes(process.pid) else {
                throw BenchError("idle: \(process.label) stopped during the run")
            }
            let share = (cpu - process.cpu0) / wall * 100
            shares[process.label] = share
            print("  " + BenchFormat.padded(process.label, 20) + BenchFormat.padded("\(BenchFormat.fixed(share, 2))% of a core", 18)
                  + "resident \(BenchFormat.mebibytes(process.rss0)) at start, \(BenchFormat.mebibytes(rss)) at end; "
                  + "its own (not shared program pages) \(BenchFormat.mebibytes(process.private0)), \(BenchFormat.mebibytes(ProcessStat.privateBytes(process.pid) ?? 0))")
        }
        if let reference = shares["btop"] {
            for label in ["onescreen embedded", "onescreen client"] {
                guard let share = shares[label] else { continue }
                let ratio = reference > 0 ? BenchFormat.fixed(share / reference, 2) + "x" : "n/a (btop used no CPU)"
                print("idle: \(label) against btop: \(ratio) its CPU (goal ≤ 0.5x)")
            }
        }
    }

    /// Waits until none of `pids` used CPU for `settledSeconds` (one clock tick allowed); returns the seconds waited.
    static func settle(_ pids: [Int32]) -> Double {
        let clock = ContinuousClock(), started = clock.now
        let tick = 1 / Double(sysconf(Int32(_SC_CLK_TCK)))
        var last = pids.map { ProcessStat.cpuSeconds($0) ?? 0 }
        while started.duration(to: clock.now) < .seconds(longestStartSeconds) {
            Thread.sleep(forTimeInterval: settledSeconds)
            let now = pids.map { ProcessStat.cpuSeconds($0) ?? 0 }
            defer { last = now }
            if zip(now, last).allSatisfy({ $0 - $1 <= tick * 1.5 }) { break }
        }
        return started.duration(to: clock.now).seconds
    }
}
