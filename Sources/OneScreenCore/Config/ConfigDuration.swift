import Foundation

/// Durations as people write them in the config and on the command line: `500ms`, `2s`, `1.5s`, `5m`, `1h`, or a
/// sum like `1m30s`. The one parser every duration goes through, so each is checked the same way.
enum ConfigDuration {
    /// `y` is 365 days: retention is written in years (`hour: 5y`).
    static let units: [(suffix: String, seconds: Double)] =
        [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("y", 365 * 86_400)]

    /// The longest duration anything takes: nothing onescreen times (a refresh, a timeout, a retention, a silence)
    /// means anything beyond a century, and the bound keeps every instant plus or minus a duration far inside
    /// Int64 milliseconds, so no arithmetic on a configured duration can overflow.
    static let maximumSeconds: Double = 100 * 365 * 86_400
    static let maximum = Duration.seconds(Int64(maximumSeconds))

    /// Why a text is not a usable duration, as a message ends.
    enum Problem: Error, Equatable, CustomStringConvertible {
        case notADuration
        case tooLong

        var description: String {
            switch self {
            case .notADuration: "expected a duration such as 500ms, 10s, 5m or 1h"
            case .tooLong: "longer than the maximum of \(ConfigDuration.text(ConfigDuration.maximum)) (100 years)"
            }
        }
    }

    /// The duration `text` spells, or why not (a bare number is refused: `10` seconds or minutes?).
    static func check(_ text: String) -> Result<Duration, Problem> {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard !rest.isEmpty else { return .failure(.notADuration) }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { ("0"..."9").contains($0) || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return .failure(.notADuration) }
            rest = rest.dropFirst(number.count)
            let letters = rest.prefix { $0.isASCII && $0.isLetter }
            guard let unit = units.first(where: { $0.suffix == letters }) else { return .failure(.notADuration) }
            rest = rest.dropFirst(letters.count)
            total += value * unit.seconds
            // Checked as it adds up, so no sum of huge parts reaches the conversion below.
            guard total.isFinite, total <= maximumSeconds else { return .failure(.tooLong) }
        }
        return .success(.milliseconds(Int64((total * 1000).rounded())))
    }

    /// The duration `text` spells, or nil when it is not one or is longer than `maximum`.
    static func parse(_ text: String) -> Duration? { try? check(text).get() }

    /// `2s`, `500ms`, `1m30s`, `90d`: the shortest way back to config text, for messages.
    static func text(_ duration: Duration) -> String {
        let millis = duration.milliseconds
        if millis % 1000 != 0 || millis == 0 { return "\(millis)ms" }
        var seconds = millis / 1000
        var parts = ""
        for (suffix, size) in [("d", Int64(86_400)), ("h", 3600), ("m", 60)] where seconds >= size {
            parts += "\(seconds / size)\(suffix)"
            seconds %= size
        }
        return seconds > 0 || parts.isEmpty ? parts + "\(seconds)s" : parts
    }
}

extension Duration {
    /// Whole milliseconds, the resolution the config and the store use.
    var milliseconds: Int64 { components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000 }

    public var secondsValue: Double { Double(milliseconds) / 1000 }
}
