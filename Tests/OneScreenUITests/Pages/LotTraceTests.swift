import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

/// The lot trace a food-safety manager acts on, from a real store: the stage under way runs to now with its readings,
/// the warm compartment is a breach and the short door opening is not, the inspection shows with its note, and every
/// heading names what its column holds.
@Suite struct LotTraceTests {
    let fixture: TracedLotFixture
    let trace: LotTrace

    init() throws {
        fixture = try TracedLotFixture()
        let snapshot = try fixture.store.page(.lot(TracedLotFixture.lot), at: TracedLotFixture.now, utcOffset: TracedLotFixture.utcOffset)
        guard case .lot(let trace?) = snapshot.content else { throw TraceMissing() }
        self.trace = trace
    }

    struct TraceMissing: Error {}

    @Test func theTransportUnderWayRunsToNowWithItsReadingsAndItsBreach() throws {
        #expect(trace.stays.map(\.stage) == [.farm, .plant, .transport])
        let transport = try #require(trace.stays.last)
        #expect(transport.isUnderWay)
        #expect(transport.seconds(now: TracedLotFixture.now) == 3 * 3600)
        let temperature = try #require(transport.readings.first { $0.metric == "cold.temp" })
        #expect(temperature.count == 181)
        #expect(temperature.breaches.count == 1)
        #expect(temperature.breaches.first?.start == TracedLotFixture.warmFrom)
        #expect(temperature.breaches.first?.peak == 7.3)
        let door = try #require(transport.readings.first { $0.metric == "cold.door" })
        #expect(door.inside < door.count, "the door was seen open")
        #expect(door.breaches.isEmpty && door.brief == 1, "five minutes open is shorter than the 30-minute hold")
        #expect(!transport.complied && transport.breaches == 1)
        #expect(trace.events.contains { $0.event == .inspect && $0.note == TracedLotFixture.note })
        #expect(trace.alerts.contains { $0.subject == "\(TracedLotFixture.truck)/cold.temp" })
        #expect(!trace.alerts.contains { $0.subject.hasSuffix("cold.door") })
    }

    func screen(_ language: Language, width: Int = 120, height: Int = 40) -> Screen {
        let snapshot = PageSnapshot(now: TracedLotFixture.now, utcOffset: TracedLotFixture.utcOffset,
                                    freshness: DataFreshness(newestReading: TracedLotFixture.now, lastWrite: TracedLotFixture.now),
                                    sources: [], content: .lot(trace))
        var screen = Screen(width: width, height: height)
        screen.recordTables()
        PageView(snapshot: snapshot, navigation: Navigation(page: .quality, detail: TracedLotFixture.lot), language: language, role: "executive")
            .render(in: screen.area, on: &screen, glyphs: .unicode)
        return screen
    }

    @Test("the trace says it: the stage under way, the breach, the brief door opening, the inspection's note", arguments: Language.allCases)
    func theTraceSaysIt(language: Language) {
        let strings = Strings(language)
        let lines = screen(language).lines()
        let transport = lines.first { $0.contains(TracedLotFixture.truck) && $0.contains(strings.stage(.transport)) } ?? ""
        #expect(transport.contains(strings.stillThere) && transport.contains(strings.breaches(1)), "\(transport)")
        let temperature = lines.first { $0.contains("冷链车厢温度") && $0.contains("7.3") } ?? ""
        #expect(temperature.contains(strings.breaches(1)), "\(temperature)")
        let door = lines.first { $0.contains("冷链车门持续开启") && !$0.contains(strings.breach) } ?? ""
        #expect(door.contains(strings.brief(1)), "\(door)")
        #expect(lines.contains { $0.contains(strings.lotEvent(.inspect)) && $0.contains(TracedLotFixture.note) })
        #expect(lines.contains { $0.contains(strings.breach) && $0.contains("冷链车厢温度") && $0.contains("7.3") })
    }

    @Test("every heading of the trace names what its column holds", arguments: Language.allCases)
    func headingsMatchTheirColumns(language: Language) {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let tables = screen(language, width: width, height: height).tables ?? []
            #expect(tables.count == 3, "journey, events, alerts at \(width)x\(height)")
            #expect(ColumnCheck.problems(tables, language: language) == [], "\(width)x\(height)")
        }
    }
}
