import Foundation
import OneScreenTestSupport
import Testing

/// A small store with one of everything the pages drill into (a lot with a journey, a customer with tags and orders,
/// a contract with a seal use and a milestone), built by the binary's own ingest, with times around now.
enum PageStoreFixture {
    static let lot = "L20261112-003"
    static let customer = "C1"
    static let contract = "K1"

    static func make(in dir: TemporaryDirectory) throws -> String {
        let now = Int(Date().timeIntervalSince1970)
        var lines = [
            #"{"type":"standard","id":"STD-T","name":"冷藏车厢温度","metric":"cold.temp","stage":"transport","max":4,"unit":"°C","level":3,"hold":300}"#,
            #"{"type":"customer","id":"C1","name":"金鼎餐饮（徐汇店）","kind":"restaurant","region":"华东","channel":"直营","phone":"13812345678","since":"2024-01-02"}"#,
            #"{"type":"customer","id":"C2","name":"沪联超市","kind":"supermarket","region":"华东","channel":"直营","since":"2024-01-02"}"#,
            // The contract's counterparty is a customer too: its 360 opens from the contract's chain.
            #"{"type":"customer","id":"C3","name":"沪联物流","kind":"other","region":"华东","channel":"直营","since":"2024-01-02"}"#,
            #"{"type":"tag","customer":"C1","kind":"basic","key":"商圈","value":"写字楼"}"#,
            #"{"type":"tag","customer":"C2","kind":"basic","key":"商圈","value":"写字楼"}"#,
            #"{"type":"order","id":"O1","customer":"C1","time":\#(now - 86_400),"amount":5200,"category":"冰鲜鸡肉","channel":"直营"}"#,
            #"{"type":"order","id":"O2","customer":"C2","time":\#(now - 86_400),"amount":8800,"category":"冷冻调理品","channel":"直营"}"#,
            #"{"type":"contract","id":"K1","title":"冷链配送框架合同","counterparty":"沪联物流","amount":1200000,"status":"performing","owner":"李强"}"#,
            #"{"type":"seal_use","id":"S1","contract":"K1","seal":"contract","requested_by":"王敏","time":\#(now - 7200),"status":"used"}"#,
            #"{"type":"milestone","id":"M1","contract":"K1","name":"首批货物交付","due":"2026-01-10","done":"2026-01-09","amount":300000}"#,
            #"{"type":"lot_event","lot":"L20261112-003","product":"冰鲜鸡胸肉","stage":"plant","site":"鲁·加工厂01","time":\#(now - 36_000),"event":"process"}"#,
            #"{"type":"lot_event","lot":"L20261112-003","product":"冰鲜鸡胸肉","stage":"transport","site":"沪A·冷链07","time":\#(now - 30_000),"event":"arrive"}"#,
            #"{"type":"lot_event","lot":"L20261112-003","product":"冰鲜鸡胸肉","stage":"transport","site":"沪A·冷链07","time":\#(now - 600),"event":"depart"}"#,
            #"{"type":"lot_event","lot":"L20261112-999","product":"冷冻鸡翅","stage":"plant","site":"鲁·加工厂01","time":\#(now - 3_600),"event":"process"}"#,
        ]
        for minutes in stride(from: 600, through: 0, by: -10) {
            let value = minutes < 40 ? 6.5 : 3.0
            lines.append(#"{"type":"reading","metric":"cold.temp","site":"沪A·冷链07","stage":"transport","time":\#(now - minutes * 60),"value":\#(value),"unit":"°C"}"#)
        }
        let file = dir.write("pages.jsonl", lines.joined(separator: "\n") + "\n")
        let store = dir.file("pages.sqlite")
        let result = try BuiltBinary.run(["ingest", "--store", store, file])
        #expect(result.status == 0, "\(result.stderr)")
        return store
    }
}
