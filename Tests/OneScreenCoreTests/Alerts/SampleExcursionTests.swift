import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The generator's planned excursions and spikes against the standards' rules: ingesting the sample data raises
/// exactly one alert per excursion, resolved when the excursion ended in the data, and nothing for the spikes.
@Suite struct SampleExcursionTests {
    @Test func sampleReadingsRaiseOneAlertPerPlannedExcursionAndNoneForSpikes() throws {
        let dir = TemporaryDirectory("sample-alerts")
        let generator = SampleGenerator(seed: 1)
        _ = try generator.write(to: URL(fileURLWithPath: dir.file("data")))
        let now = Instant(seconds: generator.end.timeIntervalSince1970) + .hours(1)
        let store = try Store(path: dir.file("store.sqlite"))
        let engine = AlertEngine(store: store, utcOffset: 8 * 3600)
        var problems: [String] = []
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { now }, report: { problems.append($0.description) })
        ingestor.onBatch { records in try engine.evaluate(after: records, now: now) }
        let summary = ingestor.run(IngestInput.resolve(paths: [dir.file("data")], type: nil).inputs)
        #expect(problems.isEmpty)
        #expect(summary.accepted > 50_000)

        let alerts = try store.alerts(AlertFilter(states: .all)).filter { $0.rule.hasPrefix("standard/") }
        let expected = generator.excursions.map { "\($0.site)/\($0.metric) \(Instant(seconds: $0.start.timeIntervalSince1970))" }
        let raised = alerts.map { "\($0.subject) \($0.firstSeen)" }
        #expect(raised.sorted() == expected.sorted())
        for excursion in generator.excursions {
            let alert = try #require(alerts.first { $0.subject == "\(excursion.site)/\(excursion.metric)" && $0.firstSeen == Instant(seconds: excursion.start.timeIntervalSince1970) })
            #expect(alert.rule == "standard/" + excursion.standard)
            if let end = excursion.end {
                #expect(alert.state == .resolved, "\(excursion.id) ended in the data")
                #expect(try #require(alert.resolvedAt) >= Instant(seconds: end.timeIntervalSince1970))
                #expect(alert.lastSeen < Instant(seconds: end.timeIntervalSince1970))
            } else {
                #expect(alert.state == .firing, "\(excursion.id) is still out of band at the end")
            }
        }
        for spike in generator.spikes {
            #expect(!alerts.contains { $0.subject == "\(spike.site)/\(spike.metric)" }, "spike \(spike.id) raised an alert")
        }
    }
}
