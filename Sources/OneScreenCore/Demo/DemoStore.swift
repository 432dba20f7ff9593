import Foundation

/// The store `onescreen` opens when nothing else is configured: the shipped sample data, moved in time so that it
/// ends now. Whoever runs the demo, whenever, sees a current business — not a dashboard that is stale and overdue
/// everywhere because the samples were made on another day.
public enum DemoStore {
    /// The last instant in the shipped sample data (2026-11-20T08:00:00+08:00).
    public static let sampleEnd = Instant(seconds: SampleGenerator.defaultEnd.timeIntervalSince1970)
    static let builtForKey = "demo_built_for_day"

    /// What keeps the demo moving when no config names sources: live readings, orders and seal uses around now.
    public static let simulatorSource = SourceConfig(
        name: "demo-simulator", kind: "simulator", interval: .seconds(2), timeout: .seconds(2),
        settings: .simulator(SimulatorSettings()))

    /// The demo store's path: beside the default store, or in the temporary directory when the data directory
    /// cannot be written (a read-only home, a kiosk account).
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let directory = StoreLocation.dataDirectory(environment: environment)
        if (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil,
           FileManager.default.isWritableFile(atPath: directory) {
            return directory + "/demo.sqlite"
        }
        return NSTemporaryDirectory() + "onescreen-demo-\(getuid())/demo.sqlite"
    }

    /// Opens the demo store at `path`, (re)building it from `sampleData` when it is missing or was built on an
    /// earlier day. The build goes to a side file that replaces the old store in one rename, so another viewer
    /// never opens half a demo.
    /// - Parameters:
    ///   - sampleData: the `sample-data/` directory.
    ///   - now: the instant the demo's timeline should end at.
    ///   - progress: told what is happening as it happens (before the first file and after each one), for a frame or
    ///     a line on stderr; never called when the store is already built.
    public static func open(
        at path: String, sampleData: String, now: Instant, utcOffset: Int, progress: (DemoProgress) -> Void
    ) throws -> Store {
        let today = now.day(utcOffset: utcOffset).description
        if let store = current(at: path, builtFor: today) { return store }
        // Two viewers started together (a wall screen and an SSH session) must not build over each other: the
        // second waits for the first and then opens what it built.
        let lock = Foundation.open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw StoreError.cannotOpen(path, String(cString: strerror(errno))) }
        defer { close(lock) }
        flock(lock, LOCK_EX)
        if let store = current(at: path, builtFor: today) { return store }
        progress(DemoProgress(sampleData: sampleData))
        let building = path + ".building"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: building + suffix) }
        do {
            let store = try Store(path: building)
            // Whole minutes keep readings on their round sampling times; the last one lands at or just before now.
            let shift = TimeShift(from: sampleEnd, to: Instant(seconds: now.millis / 60_000 * 60), utcOffset: utcOffset)
            let (inputs, unreadable) = IngestInput.resolve(paths: [sampleData], type: nil)
            guard unreadable.isEmpty, !inputs.isEmpty else {
                throw DemoError.noSampleData(sampleData)
            }
            var problems: [String] = []
            let ingestor = Ingestor(
                writer: StoreWriter(store: store), options: .init(sourceName: "demo", shift: shift),
                now: { now }, report: { problems.append($0.description) })
            // The demo raises the alerts its excursions and overdue milestones call for, as a live store would.
            let alerts = AlertEngine(store: store, utcOffset: utcOffset)
            ingestor.onBatch { records in try alerts.evaluate(after: records, now: now) }
            // File by file, in the order resolved (customers and contracts first), so the frame can say how far it is.
            let sizes = inputs.map(Self.size)
            let total = max(1, sizes.reduce(0, +))
            var done = 0
            var summary = IngestSummary()
            for (input, size) in zip(inputs, sizes) {
                progress(DemoProgress(sampleData: sampleData, file: input.name, fraction: Double(done) / Double(total)))
                summary.add(ingestor.run(input))
                done += size
            }
            try alerts.evaluate(now: now)
            progress(DemoProgress(sampleData: sampleData, fraction: 1,
                                  problem: summary.rejected > 0 ? "\(summary.line); first problem: \(problems.first ?? "")" : nil))
            try store.setMeta(builtForKey, today)
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        guard rename(building, path) == 0 else {
            throw StoreError.cannotOpen(path, String(cString: strerror(errno)))
        }
        return try Store(path: path)
    }

    /// The bytes of a file input, to weigh progress by (each file at least one, so none counts for nothing).
    private static func size(_ input: IngestInput) -> Int {
        guard case .file(let path) = input.origin else { return 1 }
        return max(1, ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 1)
    }

    /// The demo store at `path` if it exists and was built for `today`.
    private static func current(at path: String, builtFor today: String) -> Store? {
        guard FileManager.default.fileExists(atPath: path), let store = try? Store(path: path),
              (try? store.meta(builtForKey)) == today else { return nil }
        return store
    }

    /// The `sample-data/` folder: in the working directory (a clone), else beside or above the executable
    /// (`.build/debug/onescreen` in a clone, `share/onescreen/sample-data` in an install).
    public static func findSampleData(executable: String = CommandLine.arguments[0]) -> String? {
        var candidates = [FileManager.default.currentDirectoryPath + "/sample-data"]
        var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent("sample-data").path)
            candidates.append(directory.appendingPathComponent("share/onescreen/sample-data").path)
            directory.deleteLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/standards.jsonl") }
    }
}

public enum DemoError: Error, CustomStringConvertible {
    case noSampleData(String)

    public var description: String {
        switch self {
        case .noSampleData(let path): "no sample data in \(path): run from a clone of onescreen, or pass --store PATH"
        }
    }
}
