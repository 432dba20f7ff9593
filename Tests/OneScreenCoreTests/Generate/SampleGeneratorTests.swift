import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The generator's promises that need no store: identical bytes for a seed, records in the public format, and
/// the scenario every pane of the overview needs.
@Suite struct SampleGeneratorTests {
    @Test func sameSeedGivesIdenticalBytesAndAnotherSeedDiffers() throws {
        let first = TemporaryDirectory("generate-a")
        let second = TemporaryDirectory("generate-b")
        let other = TemporaryDirectory("generate-other")
        let files = try SampleGenerator(seed: 1).write(to: URL(fileURLWithPath: first.path))
        _ = try SampleGenerator(seed: 1).write(to: URL(fileURLWithPath: second.path))
        _ = try SampleGenerator(seed: 2).write(to: URL(fileURLWithPath: other.path))

        let written = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
        #expect(files.map(\.name).sorted() == written)
        for file in files {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: first.file(file.name)))
            #expect(bytes.count == file.bytes, "\(file.name)")
            #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second.file(file.name)))), "\(file.name)")
            // Standards are the group's fixed rules; everything else is drawn.
            if file.name != "standards.jsonl" {
                #expect(bytes != (try Data(contentsOf: URL(fileURLWithPath: other.file(file.name)))), "\(file.name)")
            }
        }
    }

    /// The encoder writes fields in RECORDS.md's order, the order the CSV headers and the decoder use.
    @Test func recordsListTheirFieldsInTheDecodersOrder() {
        let generator = SampleGenerator(seed: 1)
        let reading = Record.reading(
            Reading(metric: "cold.temp", site: "沪A·冷链07", stage: .transport, time: Instant(millis: 0), value: 3.4, unit: "°C"))
        let samples = generator.tables.compactMap { $0.records.first } + [reading]
        #expect(Set(samples.map { $0.type }) == Set(RecordType.allCases))
        for record in samples {
            #expect(record.writtenFields.map(\.name) == RecordDecoder.fields(of: record.type).names, "\(record.type)")
        }
    }

    /// Only what is a plan by nature may lie after the end: a moment, a milestone's due date, a contract's end.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func nothingHappensAfterTheEnd(seed: UInt64) {
        let generator = SampleGenerator(seed: seed)
        let end = Instant(seconds: generator.end.timeIntervalSince1970)
        let endDay = end.day(utcOffset: 8 * 3600)
        let planned: Set<String> = ["moment.date", "milestone.due", "contract.end"]
        for table in generator.tables {
            for record in table.records {
                for field in record.writtenFields {
                    switch field.value {
                    case .time(let time)?:
                        #expect(time <= end, "\(table.file): \(field.name) \(time)")
                    case .day(let day)? where !planned.contains(record.type.rawValue + "." + field.name):
                        #expect(day <= endDay, "\(table.file): \(field.name) \(day)")
                    default:
                        break
                    }
                }
            }
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func everyPaneFindsItsScenario(seed: UInt64) throws {
        let generator = SampleGenerator(seed: seed)
        let endDay = Instant(seconds: generator.end.timeIntervalSince1970).day(utcOffset: 8 * 3600)
        func records<T>(_ file: String, _ pick: (Record) -> T?) -> [T] {
            generator.tables.first { $0.file == file }!.records.compactMap(pick)
        }
        let customers = records("customers.jsonl") { if case .customer(let c) = $0 { c } else { nil } }
        let orders = records("orders.csv") { if case .order(let o) = $0 { o } else { nil } }
        let moments = records("moments.jsonl") { if case .moment(let m) = $0 { m } else { nil } }
        let contracts = records("contracts.jsonl") { if case .contract(let c) = $0 { c } else { nil } }
        let seals = records("seal_uses.jsonl") { if case .sealUse(let s) = $0 { s } else { nil } }
        let milestones = records("milestones.jsonl") { if case .milestone(let m) = $0 { m } else { nil } }
        let marketing = records("marketing.csv") { if case .marketing(let f) = $0 { f } else { nil } }

        #expect((150...300).contains(customers.count))
        #expect(Set(customers.map(\.kind)) == Set(CustomerKind.allCases))
        #expect(Set(customers.map(\.id)).count == customers.count)
        #expect(customers.allSatisfy { $0.phone.map { $0.count == 11 && $0.hasPrefix("1") } ?? true })
        let firstOrder = orders.map(\.time).min()!, lastOrder = orders.map(\.time).max()!
        #expect(lastOrder.seconds(since: firstOrder) > 330 * 86_400, "a year of orders")
        #expect(Set(orders.map(\.category)).isSuperset(of: ["冷冻食品", "包装食品", "生鲜鸡肉", "调理品"]))

        let nextWeek = moments.filter { $0.date > endDay && $0.date.days(since: endDay) <= 7 }
        #expect(nextWeek.count >= 5)
        #expect(nextWeek.filter { $0.action != nil }.count >= 4, "the customer page suggests what to prepare")

        #expect(Set(contracts.map(\.status)) == Set(ContractStatus.allCases))
        #expect(contracts.map(\.amount).min()! < 100_000)
        #expect(contracts.map(\.amount).max()! > 10_000_000)
        let expiring = contracts.filter { c in c.status == .performing && c.end.map { $0.days(since: endDay) <= 30 } == true }
        #expect(expiring.count >= 3)
        #expect(seals.filter { $0.status == .used && $0.approvedBy == nil }.count >= 3)
        #expect(milestones.filter { $0.done == nil && $0.due < endDay }.count >= 3)
        #expect(milestones.contains { $0.done != nil })

        #expect(Set(marketing.map(\.day)).count == 90)
        for figure in marketing {
            #expect(figure.spend >= 0 && figure.revenue >= 0 && figure.impressions >= 0)
            #expect(figure.clicks <= figure.impressions && figure.conversions <= figure.clicks)
            #expect(figure.newCustomers <= figure.conversions)
        }

        #expect((6...10).contains(generator.excursions.count))
        #expect(generator.excursions.contains { $0.isOngoing })
        #expect(generator.excursions.contains { !$0.isOngoing })
        #expect(!generator.spikes.isEmpty)
    }

    /// Scale multiplies the readings only; the business records are the same set at every scale.
    @Test func scaleChangesOnlyTheReadings() throws {
        let small = TemporaryDirectory("generate-small")
        let normal = TemporaryDirectory("generate-normal")
        let smallFiles = try SampleGenerator(seed: 1, scale: 0.25).write(to: URL(fileURLWithPath: small.path))
        let normalFiles = try SampleGenerator(seed: 1).write(to: URL(fileURLWithPath: normal.path))
        for (a, b) in zip(smallFiles, normalFiles) {
            if a.name == "readings.csv" {
                #expect(Double(a.rows) < 0.5 * Double(b.rows))
            } else {
                #expect(a == b)
            }
        }
        #expect((50_000...60_000).contains(normalFiles.last!.rows))
    }
}
