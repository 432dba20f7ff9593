import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// A real store file with the alert engine hooked into ingest, on a fake clock.
final class AlertFixture: @unchecked Sendable {
    // @unchecked: each test owns its fixture and uses it from one task.
    let dir: TemporaryDirectory
    let file: String
    let store: Store
    let engine: AlertEngine
    /// 2026-11-23T10:00:00+08:00
    static let now = Instant(seconds: Int64(1_795_392_000 + 2 * 3600))
    static let offset = 8 * 3600
    var now = AlertFixture.now
    private(set) var events: [AlertEvent] = []

    init(rules: [AlertRule] = AlertRule.builtIn, hooks: [AlertHook] = [], file: String = "store.sqlite") throws {
        dir = TemporaryDirectory("alerts")
        self.file = file
        store = try Store(path: dir.file(file))
        engine = AlertEngine(store: store, rules: rules, hooks: hooks, utcOffset: AlertFixture.offset)
    }

    /// The same store file opened again by a new engine with the same rules, as a restarted collector opens it;
    /// its events start empty. Keep this fixture alive while the new one is used: it owns the directory.
    func reopened() throws -> AlertFixture { try AlertFixture(reopening: self) }

    private init(reopening other: AlertFixture) throws {
        dir = other.dir
        file = other.file
        now = other.now
        store = try Store(path: dir.file(file))
        engine = AlertEngine(store: store, rules: other.engine.rules, hooks: other.engine.hooks.hooks, utcOffset: AlertFixture.offset)
    }

    /// Ingests JSON lines in batches of `batchRows`, evaluating after each batch as `onescreen ingest` does.
    @discardableResult
    func ingest(_ lines: [String], batchRows: Int = IngestLimits.batchRows) -> IngestSummary {
        var problems: [String] = []
        let now = self.now
        let ingestor = Ingestor(writer: StoreWriter(store: store), options: .init(batchRows: batchRows), now: { now },
                                report: { problems.append($0.description) })
        ingestor.onBatch { records in self.events += try self.engine.evaluate(after: records, now: now) }
        let summary = ingestor.run(IngestInput(name: "fixture.jsonl", origin: .bytes(Array(lines.joined(separator: "\n").utf8)), format: .jsonLines))
        #expect(problems == [])
        return summary
    }

    @discardableResult
    func tick() throws -> [AlertEvent] {
        let found = try engine.evaluate(now: now)
        events += found
        return found
    }

    func alerts(_ states: AlertFilter.States = .all) throws -> [AlertRecord] {
        try store.alerts(AlertFilter(states: states)).sorted { ($0.firstSeen, $0.id) < ($1.firstSeen, $1.id) }
    }

    // MARK: records

    static func reading(_ metric: String, _ site: String, at time: Instant, _ value: Double, stage: String = "transport", unit: String = "°C") -> String {
        #"{"type":"reading","metric":"\#(metric)","site":"\#(site)","stage":"\#(stage)","time":\#(Double(time.millis) / 1000),"value":\#(value),"unit":"\#(unit)"}"#
    }

    /// Readings one minute apart ending `endingMinutesAgo` before `now`, one per value.
    static func minutely(_ metric: String, _ site: String, _ values: [Double], endingMinutesAgo: Int = 0, stage: String = "transport", unit: String = "°C") -> [String] {
        let end = now.millis - Int64(endingMinutesAgo) * 60_000
        return values.enumerated().map { index, value in
            reading(metric, site, at: Instant(millis: end - Int64(values.count - 1 - index) * 60_000), value, stage: stage, unit: unit)
        }
    }

    static func standard(_ id: String = "STD-T", metric: String = "truck.temp", min: Double? = nil, max: Double? = 4, level: Int = 3, hold: Int = 300) -> String {
        let band = [min.map { #""min":\#($0)"# }, max.map { #""max":\#($0)"# }].compactMap { $0 }.joined(separator: ",")
        return #"{"type":"standard","id":"\#(id)","name":"冷链车厢温度","metric":"\#(metric)","stage":"transport",\#(band),"unit":"°C","level":\#(level),"hold":\#(hold)}"#
    }

    static func minutes(_ n: Int) -> Int64 { Int64(n) * 60_000 }
}

/// `n` copies of `value`, to write readings as runs: `run(10, 3.0) + run(15, 6.0)`.
func run(_ n: Int, _ value: Double) -> [Double] { Array(repeating: value, count: n) }
