import Foundation
import Yams

/// Walks a composed YAML tree and collects every problem with its line instead of stopping at the first, so one
/// `onescreen check` shows everything to fix. Readers return nil for a missing or wrong value after noting why.
struct ConfigReader {
    let file: String
    private(set) var problems: [ConfigProblem] = []

    init(file: String) { self.file = file }

    mutating func problem(at node: Node?, _ key: String, _ reason: String) {
        problems.append(ConfigProblem(file: file, line: node?.mark?.line ?? 0, key: key, reason: reason))
    }

    /// The mapping at `node` with its keys checked against `allowed` (unknown ones reported with a did-you-mean);
    /// nil, noted, when `node` is not a mapping.
    mutating func fields(_ node: Node, path: String, allowed: [String], reserved: [String] = []) -> ConfigFields? {
        guard let mapping = node.mapping else {
            problem(at: node, path, "expected a mapping of keys to values, found \(describe(node))")
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                problem(at: key, path, "a key must be a plain name, found \(describe(key))")
                continue
            }
            let keyPath = path.isEmpty ? name : "\(path).\(name)"
            if allowed.contains(name) {
                entries[name] = (key, value)
            } else if !reserved.contains(name) {
                problem(at: key, keyPath, "unknown key\(Suggestion.hint(for: name, among: allowed + reserved))")
            }
        }
        return ConfigFields(path: path, node: node, entries: entries)
    }

    /// Notes each of `names` that `fields` lacks, at the mapping's line.
    mutating func require(_ names: [String], in fields: ConfigFields) {
        for name in names where fields[name] == nil {
            problem(at: fields.node, fields.path(name), "missing required key")
        }
    }

    mutating func string(_ name: String, in fields: ConfigFields, what: String = "a string") -> String? {
        guard let node = fields[name] else { return nil }
        guard let scalar = node.scalar, node.tagName != .null, !scalar.string.isEmpty else {
            problem(at: node, fields.path(name), "expected \(what), found \(describe(node))")
            return nil
        }
        return scalar.string
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ name: String, in fields: ConfigFields, as type: T.Type) -> T?
    where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        guard let text = string(name, in: fields, what: "one of \(names.joined(separator: ", "))") else { return nil }
        guard let value = T(rawValue: text) else {
            problem(at: fields[name], fields.path(name),
                    "'\(text)' is not one of \(names.joined(separator: ", "))\(Suggestion.hint(for: text, among: names))")
            return nil
        }
        return value
    }

    mutating func bool(_ name: String, in fields: ConfigFields) -> Bool? {
        guard let node = fields[name] else { return nil }
        guard node.tagName == .bool, let value = node.bool else {
            problem(at: node, fields.path(name), "expected true or false, found \(describe(node))")
            return nil
        }
        return value
    }

    mutating func integer(_ name: String, in fields: ConfigFields, range: ClosedRange<Int>) -> Int? {
        guard let node = fields[name] else { return nil }
        guard node.tagName == .int, let value = node.int else {
            problem(at: node, fields.path(name), "expected a whole number, found \(describe(node))")
            return nil
        }
        guard range.contains(value) else {
            problem(at: node, fields.path(name), "\(value) is outside \(range.lowerBound)…\(range.upperBound)")
            return nil
        }
        return value
    }

    /// A duration such as `2s`, no shorter than `minimum` (a typo like `1ms` must not spin a core).
    mutating func duration(_ name: String, in fields: ConfigFields, minimum: Duration) -> Duration? {
        guard let node = fields[name] else { return nil }
        guard let text = node.scalar?.string, node.tagName == .str else {
            problem(at: node, fields.path(name), "\(ConfigDuration.Problem.notADuration), found \(describe(node))")
            return nil
        }
        let value: Duration
        switch ConfigDuration.check(text) {
        case .success(let parsed): value = parsed
        case .failure(.tooLong): problem(at: node, fields.path(name), "\(text.prefix(40)) is \(ConfigDuration.Problem.tooLong)"); return nil
        case .failure: problem(at: node, fields.path(name), "\(ConfigDuration.Problem.notADuration), found \(describe(node))"); return nil
        }
        guard value >= minimum else {
            problem(at: node, fields.path(name), "\(text) is shorter than the minimum of \(ConfigDuration.text(minimum))")
            return nil
        }
        return value
    }

    mutating func stringList(_ name: String, in fields: ConfigFields, nonEmpty: Bool = false) -> [String]? {
        guard let node = fields[name] else { return nil }
        guard let sequence = node.sequence else {
            problem(at: node, fields.path(name), "expected a list of strings such as [\"a\", \"b\"], found \(describe(node))")
            return nil
        }
        var values: [String] = []
        for (index, item) in sequence.enumerated() {
            guard let scalar = item.scalar, item.tagName != .null else {
                problem(at: item, "\(fields.path(name))[\(index)]", "expected a string, found \(describe(item))")
                return nil
            }
            values.append(scalar.string)
        }
        if nonEmpty && values.isEmpty {
            problem(at: node, fields.path(name), "the list is empty")
            return nil
        }
        return values
    }

    mutating func stringMap(_ name: String, in fields: ConfigFields) -> [String: String]? {
        guard let node = fields[name] else { return nil }
        guard let mapping = node.mapping else {
            problem(at: node, fields.path(name), "expected a mapping of names to strings, found \(describe(node))")
            return nil
        }
        var values: [String: String] = [:]
        for (key, value) in mapping {
            guard let k = key.scalar?.string, let v = value.scalar?.string, value.tagName != .null else {
                problem(at: value, "\(fields.path(name)).\(key.scalar?.string ?? "?")", "expected a string, found \(describe(value))")
                continue
            }
            values[k] = v
        }
        return values
    }

    /// How a node looks to the person who wrote it: `a list`, `the number 10`, `nothing`.
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch node.tagName {
            case .null: return "nothing"
            case .bool: return "the boolean \(scalar.string)"
            case .int, .float: return "the number \(scalar.string)"
            default: return "'\(scalar.string)'"
            }
        }
    }
}
