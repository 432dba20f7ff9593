import Foundation
import OneScreenTestSupport

/// A truck out of its band, as the binary ingests it: a standard (≤ 4 °C, L3, hold 5 minutes) and twenty minutes of
/// readings at 沪A·冷链07, the last ten at 6.5 °C, ending a minute ago, so the alert it raises is firing now.
enum ExcursionFixture {
    static let rule = "standard/STD-T"
    static let subject = "沪A·冷链07/truck.temp"

    static func file(in dir: TemporaryDirectory) -> String {
        let end = Int64(Date().timeIntervalSince1970) - 60
        var lines = [#"{"type":"standard","id":"STD-T","name":"冷链车厢温度","metric":"truck.temp","stage":"transport","max":4,"unit":"°C","level":3,"hold":300}"#]
        for minute in 0..<20 {
            let value = minute < 10 ? 3.0 : 6.5
            lines.append(#"{"type":"reading","metric":"truck.temp","site":"沪A·冷链07","stage":"transport","time":\#(end - Int64(19 - minute) * 60),"value":\#(value),"unit":"°C"}"#)
        }
        return dir.write("excursion.jsonl", lines.joined(separator: "\n") + "\n")
    }

    /// The OS user the binary acts as (getpwuid, as the CLI asks).
    static var osUser: String { getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "" }
}
