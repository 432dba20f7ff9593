/// An alert's message with `{name}` placeholders filled from what the rule found, e.g.
/// `{site} {metric} at {value} {unit} since {since}`. A `{` not closed by `}` is kept as text.
public struct MessageTemplate: Hashable, Sendable, CustomStringConvertible {
    public let text: String
    /// Parsed once: evaluation renders a message for every alert it revises, thousands after a large batch.
    private let parts: [Part]

    public init(_ text: String) {
        self.text = text
        parts = Self.parts(text)
    }

    public static func == (a: MessageTemplate, b: MessageTemplate) -> Bool { a.text == b.text }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    public var description: String { text }

    /// The placeholder names, in order of appearance, so a config check can name an unknown one.
    public var placeholders: [String] {
        parts.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// The text with each known placeholder replaced; unknown ones stay as written, so a typo shows in the alert
    /// rather than vanishing.
    public func render(_ values: [String: String]) -> String {
        parts.map { part in
            switch part {
            case .literal(let s): s
            case .placeholder(let name): values[name] ?? "{\(name)}"
            }
        }.joined()
    }

    private enum Part: Sendable { case literal(String), placeholder(String) }

    private static func parts(_ text: String) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            parts.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return parts
    }

    /// A number as an alert shows it: integers without a decimal point, others to at most two places, so a
    /// float's binary noise (7.199999) never reaches the screen.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let hundredths = (value * 100).rounded()
        if hundredths.truncatingRemainder(dividingBy: 100) == 0 { return String(Int64(hundredths / 100)) }
        let text = String(hundredths / 100)
        return text.hasSuffix("0") && text.contains(".") ? String(text.dropLast()) : text
    }
}
