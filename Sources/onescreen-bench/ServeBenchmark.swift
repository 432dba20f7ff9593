import Foundation
import Logging
import OneScreenCore

/// What asking `onescreen serve` costs a viewer against reading the store in its own process: a page refresh
/// through the socket against the same read embedded (goal: at most 1.3x), and a commit's way to a client's hands
/// (the change notice, then the page read) at the median and the 99th percentile (goal: inside today's ~110 ms).
struct ServeBenchmark: Benchmark {
    let name = "serve"
    let summary = "page refresh through the server's socket vs in-process, and store change → page through the server"
    /// Enough refreshes for a stable median on a busy machine, few enough to finish in seconds.
    static let refreshes = 200
    static let changes = 100

    func run(_ options: BenchOptions) throws {
        let dir = FileManager.default.temporaryDirectory.path + "/onescreen-bench-serve-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let data = URL(fileURLWithPath: dir + "/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        _ = try SampleGenerator(seed: 1).write(to: data)
        let offset = TimeZone.current.secondsFromGMT()
        let store = try DemoStore.open(at: dir + "/store.sqlite", sampleData: data.path, now: .now, utcOffset: offset) { _ in }
        let config = Config(file: "", directory: dir)
        // The benchmark asks faster than any dashboard would; the per-client rate limit is policy, not cost, so it is
        // lifted here to measure what each request costs.
        var limits = ServerLimits.standard
        limits.requestsPerSecond = 1e6
        limits.requestBurst = 1e6
        let server = try Server(socketPath: dir + "/s.sock", store: store, config: config, limits: limits,
                                logger: Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() })
        let thread = Thread { try? server.run() }
        thread.start()
        defer {
            server.stop()
            while !thread.isFinished { usleep(1000) }
        }
        let viewer = try config.access.viewer(for: .current, owner: UInt32(geteuid()), requested: nil)
        let embedded = try EmbeddedService(store: store, viewer: viewer, retention: config.retention, rules: config.alertRules,
                                           watchesChanges: false)
        let client = try ServiceClient.connect(socket: server.socketPath, role: nil).get()
        let repeats = Self.refreshes
        for page in [PageRequest.overview, .customers] {
            // The two reads alternate, so that a load that comes and goes on the machine weighs on both alike.
            let (local, remote) = try Self.medians(repeats) { _ = try embedded.page(page, at: .now, utcOffset: offset) } and: {
                _ = try client.page(page, at: .now, utcOffset: offset)
            }
            print("serve: \(page.pageName) refresh \(BenchFormat.fixed(remote * 1000, 2)) ms through the socket, "
                  + "\(BenchFormat.fixed(local * 1000, 2)) ms in-process: \(BenchFormat.fixed(remote / local, 2))x (goal ≤ 1.3x)")
            // What the socket adds besides the read: the snapshot's encoding one way and its decoding the other.
            let snapshot = try embedded.page(page, at: .now, utcOffset: offset)
            var body: [UInt8] = []
            let (encode, decode) = try Self.medians(repeats) { body = try WireEncoder.encode(snapshot) } and: {
                _ = try WireDecoder.decode(PageSnapshot.self, from: body)
            }
            print("  \(page.pageName) snapshot: \(BenchFormat.fixed(Double(body.count) / 1024, 1)) KiB on the wire, encoded in "
                  + "\(BenchFormat.fixed(encode * 1000, 2)) ms, decoded in \(BenchFormat.fixed(decode * 1000, 2)) ms")
        }
        // What any request costs besides its read and its codec: the two wake-ups of a round trip (the server's thread,
        // then the client's), measured on the smallest request there is. On a loaded machine this is the scheduler's.
        let (small, round) = try Self.medians(repeats) { _ = try embedded.silences() } and: { _ = try client.silences() }
        print("serve: the smallest request (silences) \(BenchFormat.fixed(round * 1000, 2)) ms through the socket, "
              + "\(BenchFormat.fixed(small * 1000, 2)) ms in-process: a round trip itself costs \(BenchFormat.fixed((round - small) * 1000, 2)) ms")
        var latencies: [Double] = []
        _ = try client.takeChange()
        for index in 0..<Self.changes {
            let started = ContinuousClock.now
            try store.appendAudit(AuditEntry(at: .now, user: "bench", role: "bench", action: "bench", subject: "\(index)"))
            var entry = pollfd(fd: client.changeDescriptor!, events: Int16(POLLIN), revents: 0)
            while try !client.takeChange() { _ = poll(&entry, 1, 1000) }
            _ = try client.page(.overview, at: .now, utcOffset: offset)
            latencies.append(Self.seconds(ContinuousClock.now - started))
        }
        latencies.sort()
        let p50 = latencies[latencies.count / 2], p99 = latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
        print("serve: store change → overview page through the server: p50 \(BenchFormat.fixed(p50 * 1000, 1)) ms, "
              + "p99 \(BenchFormat.fixed(p99 * 1000, 1)) ms over \(Self.changes) commits (today's embedded frame: ~110 ms)")
    }

    /// The median time of `first` and of `second`, run in turns `count` times after one warm-up each.
    static func medians(_ count: Int, _ first: () throws -> Void, and second: () throws -> Void) throws -> (Double, Double) {
        try first()
        try second()
        var times: ([Double], [Double]) = ([], [])
        for _ in 0..<count {
            var started = ContinuousClock.now
            try first()
            times.0.append(seconds(ContinuousClock.now - started))
            started = ContinuousClock.now
            try second()
            times.1.append(seconds(ContinuousClock.now - started))
        }
        return (times.0.sorted()[count / 2], times.1.sorted()[count / 2])
    }

    static func seconds(_ duration: Swift.Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
