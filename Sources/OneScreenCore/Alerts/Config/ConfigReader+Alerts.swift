import Yams

/// Readers the alert sections need beyond the loader's own.
extension ConfigReader {
    mutating func number(_ name: String, in fields: ConfigFields) -> Double? {
        guard let node = fields[name] else { return nil }
        guard node.tagName == .int || node.tagName == .float, let value = node.float, value.isFinite else {
            problem(at: node, fields.path(name), "expected a number, found \(describe(node))")
            return nil
        }
        return value
    }

    /// `3`, `L3` or `l3`.
    mutating func level(_ name: String, in fields: ConfigFields) -> AlertLevel? {
        guard let node = fields[name], let text = node.scalar?.string else { return nil }
        guard let level = AlertLevel(configText: text) else {
            problem(at: node, fields.path(name), "expected a level L1…L4 (1 system fault, 2 performance decline, 3 business anomaly, 4 compliance risk), found \(describe(node))")
            return nil
        }
        return level
    }

    /// A duration no longer than `maximum`.
    mutating func duration(_ name: String, in fields: ConfigFields, maximum: Duration) -> Duration? {
        guard let value = duration(name, in: fields, minimum: .zero) else { return nil }
        guard value <= maximum else {
            problem(at: fields[name], fields.path(name), "\(value.configText) is longer than the \(maximum.configText) a rule can look back")
            return nil
        }
        return value
    }

    /// A string or a list of strings: `on: fire` and `on: [fire, resolve]` alike.
    mutating func names(_ name: String, in fields: ConfigFields) -> [String]? {
        guard let node = fields[name] else { return nil }
        if let scalar = node.scalar, node.tagName == .str { return [scalar.string] }
        return stringList(name, in: fields, nonEmpty: true)
    }
}

extension AlertLevel {
    /// `3`, `L3` or `l3`.
    public init?(configText text: String) {
        let digits = text.hasPrefix("L") || text.hasPrefix("l") ? String(text.dropFirst()) : text
        guard let number = Int(digits) else { return nil }
        self.init(rawValue: number)
    }
}
