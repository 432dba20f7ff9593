import Foundation
import Logging
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// Streams as a user runs them: the MQTT plug-in of sample-data/ against a real mosquitto broker, and plug-ins that
/// fail, under a real collector and store. The built-in system alerts are judged as the collector judges them.
@Suite struct StreamSourceTests {
    static let plugins = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-data/plugins").path

    /// The config file a user would write, loaded as `onescreen collect` loads it, with the sample plug-ins beside it.
    static func load(_ h: CollectorHarness, _ yaml: String) throws -> Config {
        let folder = h.dir.file("plugins")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let plugin = folder + "/onescreen-source-mqtt.sh"
        if !FileManager.default.fileExists(atPath: plugin) {
            try FileManager.default.copyItem(atPath: plugins + "/onescreen-source-mqtt.sh", toPath: plugin)
        }
        let path = h.dir.write("config.yaml", yaml)
        return try ConfigLoader.load(path: path, environment: ProcessInfo.processInfo.environment)
    }

    static func collector(_ h: CollectorHarness, _ config: Config) -> Collector {
        var logger = Logger(label: "test.stream")
        logger.logLevel = .critical
        return Collector(config: config, store: h.store, timing: CollectorHarness.fast, logger: logger)
    }

    /// When `condition` first held, checked every 5 ms on a thread of its own; nil if `timeout` seconds passed.
    static func watch(timeout: Double, _ condition: @escaping @Sendable () -> Bool) -> Task<ContinuousClock.Instant?, Never> {
        Task {
            await withCheckedContinuation { continuation in
                Thread {
                    let deadline = ContinuousClock.now + .seconds(timeout)
                    while ContinuousClock.now < deadline {
                        if condition() { return continuation.resume(returning: ContinuousClock.now) }
                        usleep(5_000)
                    }
                    continuation.resume(returning: nil)
                }.start()
            }
        }
    }

    static func alert(_ h: CollectorHarness, rule: String, subject: String) throws -> AlertRecord? {
        try h.store.alerts(AlertFilter(states: .all)).first { $0.rule == rule && $0.subject == subject }
    }

    @Test(.enabled(if: MosquittoBroker.isInstalled, "needs mosquitto and mosquitto-clients (.ci/run installs them)"))
    func tenThousandReadingsOverMQTTAreStoredOnceAndABrokerOutageIsAnAlertThatClears() async throws {
        let h = try CollectorHarness("stream-mqtt")
        let broker = try MosquittoBroker.start(in: h.dir.path)
        defer { broker.stop() }
        let config = try Self.load(h, """
            sources:
              - name: trucks
                kind: mqtt
                stream: true
                idle_timeout: 3s
                args: ["--host", "\(MosquittoBroker.host)", "--port", "\(broker.port)", "--topic", "cold/#", "--prefix", "cold",
                       "--stage", "transport", "--unit", "°C", "--id", "onescreen-test-trucks"]
            rules:
              - name: source-failing
                kind: source_failing
                runs: 2
            """)
        let collector = Self.collector(h, config)
        await collector.start()
        // Subscribed once the broker's heartbeat came through (a persistent session exists from then on).
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.statuses()["trucks"]?.lastSuccess != nil })
        let topic = "cold/沪A·冷链07/truck/temp"
        let base = 1_790_000_000
        func payloads(_ range: Range<Int>) -> [String] { range.map { "{\"time\":\(base + $0),\"value\":\(Double($0 % 80) / 10)}" } }
        @Sendable func stored() throws -> Int { try h.count("SELECT count(*) FROM reading") }

        // The first reading: from just before the publisher starts until a reader of the store sees it, an upper
        // bound on what the stream adds (starting mosquitto_pub included). The reader polls on a thread of its own
        // every 5 ms: the test's own tasks share the cooperative pool with every other test of the run, and their
        // turn coming late would be the test's delay, not the stream's.
        let published = ContinuousClock.now
        let watcher = Self.watch(timeout: CollectorHarness.patience) { (try? stored()) == 1 }
        try broker.publish(topic: topic, payloads(0..<1))
        let seen = try #require(await watcher.value, "the first reading was never stored")
        let firstLatency = seen - published
        #expect(firstLatency < .seconds(1), "the first reading took \(firstLatency) to be stored")

        try broker.publish(topic: topic, payloads(1..<10_000))
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try stored() >= 10_000 })
        #expect(try stored() == 10_000)
        let streaming = try #require(try h.statuses()["trucks"])
        #expect(streaming.state == .ok)
        #expect(streaming.stream?.since != nil)

        // The broker goes away: the heartbeat stops, the plug-in is restarted after idle_timeout, and restarts fail.
        broker.stop()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) {
            try Self.alert(h, rule: "source-failing", subject: "trucks")?.state == .firing
        })
        let failing = try #require(try h.statuses()["trucks"])
        #expect(failing.state == .failing)
        #expect(failing.stream?.since == nil)
        #expect((failing.stream?.restarts ?? 0) >= 2)
        let fired = try #require(try Self.alert(h, rule: "source-failing", subject: "trucks"))
        #expect(fired.level == .systemFault)
        #expect(fired.message.contains("Connection refused"), "\(fired.message)")

        // Back on the same port with its persistence: what is published now is queued for the session until the
        // plug-in is back, then delivered; the alert resolves by itself.
        try broker.restart()
        try broker.publish(topic: topic, payloads(10_000..<11_000))
        #expect(try await Poll.until(timeout: CollectorHarness.patience) {
            try stored() >= 11_000 && Self.alert(h, rule: "source-failing", subject: "trucks")?.state == .resolved
        })
        await collector.stop()
        #expect(try stored() == 11_000)
        let back = try #require(try h.statuses()["trucks"])
        #expect(back.accepted == 11_000)
        #expect(back.failedRuns == 0)
    }

    @Test func aPluginFailingEveryRunRaisesASystemAlertWithItsStderrAndClearsOnceItSucceeds() async throws {
        let h = try CollectorHarness("stream-failing-plugin")
        let flag = h.dir.file("healthy")
        let runs = h.dir.file("runs")
        // Fails its first three runs; the fourth waits for the bus to come back, so the count stays at three for
        // as long as the test looks.
        let sensor = h.script("sensor.sh", """
            echo x >> "\(runs)"
            if [ "$(wc -l < "\(runs)")" -le 3 ]; then
                echo "sensor bus timeout" >&2
                exit 3
            fi
            while [ ! -e "\(flag)" ]; do sleep 0.05; done
            echo '{"type":"reading","metric":"bus.temp","site":"S1","stage":"plant","time":1790000000,"value":1,"unit":"°C"}'
            """)
        let config = try Self.load(h, """
            sources:
              - name: sensors
                kind: exec
                command: ["\(sensor)"]
                interval: 200ms
                timeout: 10m
            rules:
              - name: source-failing
                kind: source_failing
                runs: 3
            """)
        let collector = Self.collector(h, config)
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) {
            try Self.alert(h, rule: "source-failing", subject: "sensors") != nil
        })
        let fired = try #require(try Self.alert(h, rule: "source-failing", subject: "sensors"))
        // Raised at the configured count: the third failure in a row, the last there is.
        #expect(fired.state == .firing)
        #expect(fired.level == .systemFault)
        #expect(fired.message == "source-failing: sensors failed its last 3 runs: exit 3: sensor bus timeout")
        #expect(fired.detail?.contains("sensor bus timeout") == true)

        #expect(FileManager.default.createFile(atPath: flag, contents: nil))
        #expect(try await Poll.until(timeout: CollectorHarness.patience) {
            try Self.alert(h, rule: "source-failing", subject: "sensors")?.state == .resolved
        })
        await collector.stop()
        #expect(try h.statuses()["sensors"]?.state == .ok)
    }
}

extension StreamSourceTests {
    /// Batches are committed while the stream runs (it never exits here), and the counts reach its health row.
    @Test func aStreamThatPrintsAFloodThenWaitsHasItAllStoredWhileItRuns() async throws {
        let h = try CollectorHarness("stream-flood")
        let flood = h.script("flood.sh", """
            awk 'BEGIN { for (i = 0; i < 20000; i++) printf "{\\"type\\":\\"reading\\",\\"metric\\":\\"bulk.temp\\",\\"site\\":\\"S1\\",\\"stage\\":\\"plant\\",\\"time\\":%d,\\"value\\":1.5,\\"unit\\":\\"°C\\"}\\n", 1790000000 + i }'
            exec sleep 1000
            """)
        let config = try Self.load(h, """
            sources:
              - {name: flood, kind: exec, command: ["\(flood)"], stream: true}
            """)
        let collector = Self.collector(h, config)
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.count("SELECT count(*) FROM reading") == 20_000 })
        await collector.stop()
        #expect(try h.statuses()["flood"]?.accepted == 20_000)
    }

    /// Stopping the collector ends a stream with every process it started, as a run's timeout does.
    @Test func stoppingTheCollectorEndsTheStreamsWholeProcessGroup() async throws {
        let h = try CollectorHarness("stream-stop")
        let stream = h.script("stream.sh", """
            \(h.notingPIDs)
            while true; do echo; sleep 0.2; done
            """)
        let config = try Self.load(h, """
            sources:
              - {name: beats, kind: exec, command: ["\(stream)"], stream: true}
            """)
        let collector = Self.collector(h, config)
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.statuses()["beats"]?.lastSuccess != nil })
        await collector.stop()
        #expect(try await h.stillRunning(timeout: 10) == [])
    }
}
