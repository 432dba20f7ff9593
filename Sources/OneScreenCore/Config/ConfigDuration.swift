import Foundation

/// Durations as people write them in the config: `500ms`, `2s`, `1.5s`, `5m`, `1h`, or a sum like `1m30s`.
enum ConfigDuration {
    /// `y` is 365 days: retention is written in years (`hour: 5y`).
    static let units: [(suffix: String, seconds: Double)] =
        [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("y", 365 * 86_400)]

    /// The duration `text` spells, or nil when it is not one (a bare number is refused: `10` seconds or minutes?).
    static func parse(_ text: String) -> Duration? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard !rest.isEmpty else { return nil }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let letters = rest.prefix { $0.isLetter }
            guard let unit = units.first(where: { $0.suffix == letters }) else { return nil }
            rest = rest.dropFirst(letters.count)
            total += value * unit.seconds
        }
        guard total.isFinite else { return nil }
        return .milliseconds(Int64((total * 1000).rounded()))
    }

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
