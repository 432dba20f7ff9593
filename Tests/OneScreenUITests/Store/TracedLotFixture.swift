import Foundation
import OneScreenCore
import OneScreenTestSupport

/// A real store with one lot on its way: raised on a farm, processed at a plant with an inspection, and on a truck
/// for the last three hours, still in transit. The truck's compartment has been out of its 0–4 °C band for the last
/// 40 minutes (its standard allows 15); its door was open for 5 minutes at loading (its standard allows 30). Ingested
/// with the alert engine, as `onescreen ingest` does.
struct TracedLotFixture {
    static let lot = "L20261123-001"
    static let truck = "沪A·冷链09"
    static let note = "出厂检验合格，抽检 12 件，中心温度 2.1°C"
    static let utcOffset = 8 * 3600
    /// 2026-11-23 10:00 +08:00.
    static let now = CalendarDay(year: 2026, month: 11, day: 23)!.start(utcOffset: utcOffset).adding(seconds: 10 * 3600)
    static let loaded = now.adding(seconds: -3 * 3600)
    /// The first reading out of band.
    static let warmFrom = now.adding(seconds: -40 * 60)

    let dir = TemporaryDirectory("traced-lot")
    let store: Store

    init() throws {
        store = try Store(path: dir.file("store.sqlite"))
        let engine = AlertEngine(store: store, rules: AlertRule.builtIn, utcOffset: Self.utcOffset)
        let now = Self.now
        let ingestor = Ingestor(writer: StoreWriter(store: store), now: { now }, report: { _ in })
        ingestor.onBatch { records in _ = try engine.evaluate(after: records, now: now) }
        let text = Self.records().joined(separator: "\n")
        _ = ingestor.run(IngestInput(name: "lot.jsonl", origin: .bytes(Array(text.utf8)), format: .jsonLines))
    }

    static func time(_ instant: Instant) -> String { instant.rfc3339(utcOffset: utcOffset) }

    static func event(_ stage: String, _ site: String, _ at: Instant, _ kind: String, _ note: String) -> String {
        #"{"type":"lot_event","lot":"\#(lot)","product":"冰鲜鸡胸肉","stage":"\#(stage)","site":"\#(site)","time":"\#(time(at))","event":"\#(kind)","note":"\#(note)"}"#
    }

    static func reading(_ metric: String, _ at: Instant, _ value: Double, unit: String) -> String {
        #"{"type":"reading","metric":"\#(metric)","site":"\#(truck)","stage":"transport","time":"\#(time(at))","value":\#(value),"unit":"\#(unit)","lot":"\#(lot)"}"#
    }

    static func records() -> [String] {
        let hour = 3600.0
        var lines = [
            #"{"type":"standard","id":"STD-COLD-TEMP","name":"冷链车厢温度","metric":"cold.temp","stage":"transport","min":0,"max":4,"unit":"°C","level":3,"hold":900}"#,
            #"{"type":"standard","id":"STD-COLD-DOOR","name":"冷链车门持续开启","metric":"cold.door","stage":"transport","max":0,"unit":"0/1","level":2,"hold":1800}"#,
            event("farm", "鲁·养殖场01", now.adding(seconds: -40 * 24 * hour), "arrive", "鸡苗入栏 12000 羽"),
            event("farm", "鲁·养殖场01", now.adding(seconds: -20 * hour), "depart", "出栏装车"),
            event("plant", "鲁·加工厂01", now.adding(seconds: -18 * hour), "arrive", "到厂待宰"),
            event("plant", "鲁·加工厂01", now.adding(seconds: -4 * hour), "inspect", note),
            event("plant", "鲁·加工厂01", now.adding(seconds: -3.2 * hour), "depart", "出厂"),
            event("transport", truck, loaded, "arrive", "装车发运"),
        ]
        // A reading a minute from loading to now: the compartment in band, then warm for the last 40 minutes; the door
        // open for the first 5 minutes only.
        for minute in 0...180 {
            let at = loaded.adding(seconds: Double(minute) * 60)
            lines.append(reading("cold.temp", at, at >= warmFrom ? 7.3 : 2.6, unit: "°C"))
            lines.append(reading("cold.door", at, minute < 5 ? 1 : 0, unit: "0/1"))
        }
        return lines
    }
}
