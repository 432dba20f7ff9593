import Foundation
import OneScreenCore
import Yams

/// Reads a theme file:
///
/// ```yaml
/// name: light
/// roles:
///   warn: { color256: 130, color16: 3, attrs: [bold] }
/// ```
///
/// The file is composed into Yams nodes (not decoded into `Codable` types) because nodes keep their line numbers:
/// every problem is reported as `PATH:LINE: key: reason`, all of them at once, and the caller gets `Theme.default`
/// whenever there is any, so a typo never leaves a wall screen unreadable. Roles the file leaves out come from a
/// related role in the file, then from the default theme.
public struct ThemeLoader: Sendable {
    private let path: String
    private var errors: [ThemeError] = []

    private init(path: String) {
        self.path = path
    }

    /// Loads the theme file at `path`.
    public static func load(path: String) -> ThemeLoadResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            return fallback(ThemeError(path: path, line: nil, key: "theme", reason: "cannot read file"))
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            return fallback(ThemeError(path: path, line: nil, key: "theme", reason: "file is not UTF-8"))
        }
        return parse(yaml, path: path)
    }

    /// Parses theme YAML; `path` names it in errors and, without a `name:` key, gives the theme its name.
    public static func parse(_ yaml: String, path: String) -> ThemeLoadResult {
        var loader = ThemeLoader(path: path)
        let theme = loader.theme(from: yaml)
        guard loader.errors.isEmpty, let theme else {
            return ThemeLoadResult(theme: .default, errors: loader.errors)
        }
        return ThemeLoadResult(theme: theme, errors: [])
    }

    private static func fallback(_ error: ThemeError) -> ThemeLoadResult {
        ThemeLoadResult(theme: .default, errors: [error])
    }

    private static let topLevelKeys = ["name", "description", "roles"]
    private static let roleKeys = ["color256", "color16", "attrs"]

    private mutating func theme(from yaml: String) -> Theme? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            report(syntaxError: error)
            return nil
        }
        guard let root, case .mapping(let document) = root else {
            fail(root, "theme", "expected a mapping with `name` and `roles`")
            return nil
        }
        var name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var roles: [ThemeRole: RoleAppearance]?
        for (keyNode, value) in document {
            let key = keyNode.string ?? ""
            switch key {
            case "name":
                if let text = value.scalar?.string, !text.isEmpty {
                    name = text
                } else {
                    fail(value, key, "expected a non-empty name")
                }
            case "description":
                if value.scalar == nil { fail(value, key, "expected text") }
            case "roles":
                roles = self.roles(from: value)
            default:
                fail(keyNode, key, unknown("key", key, among: Self.topLevelKeys))
            }
        }
        guard let roles else {
            fail(root, "roles", "missing: a theme sets its roles under `roles:`")
            return nil
        }
        return Theme(name: name, roles: roles, base: .default)
    }

    private mutating func roles(from node: Node) -> [ThemeRole: RoleAppearance] {
        guard case .mapping(let mapping) = node else {
            fail(node, "roles", "expected a mapping of role names to {color256, color16, attrs}")
            return [:]
        }
        var roles: [ThemeRole: RoleAppearance] = [:]
        var firstLine: [ThemeRole: Int] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard let role = ThemeRole(rawValue: key) else {
                fail(keyNode, "roles.\(key)", unknown("role", key, among: ThemeRole.allCases.map(\.rawValue)))
                continue
            }
            if let earlier = firstLine[role] {
                fail(keyNode, "roles.\(key)", "set twice (first on line \(earlier))")
            }
            firstLine[role] = keyNode.mark?.line ?? 0
            roles[role] = appearance(from: value, key: "roles.\(key)")
        }
        return roles
    }

    private mutating func appearance(from node: Node, key: String) -> RoleAppearance {
        guard case .mapping(let fields) = node else {
            fail(node, key, "expected a mapping with color256, color16 and/or attrs")
            return RoleAppearance()
        }
        var color256: UInt8?
        var color16: UInt8?
        var attributes: TextAttributes = []
        for (fieldNode, value) in fields {
            let field = fieldNode.string ?? ""
            let fieldKey = "\(key).\(field)"
            switch field {
            case "color256":
                color256 = color(from: value, key: fieldKey, maximum: 255)
            case "color16":
                color16 = color(from: value, key: fieldKey, maximum: 15)
            case "attrs":
                attributes = self.attributes(from: value, key: fieldKey)
            default:
                fail(fieldNode, fieldKey, unknown("field", field, among: Self.roleKeys))
            }
        }
        return RoleAppearance(color256: color256, color16: color16, attributes: attributes)
    }

    /// A palette index, or `default` for the terminal's own colour (`nil`).
    private mutating func color(from node: Node, key: String, maximum: Int) -> UInt8? {
        let expected = "expected 0–\(maximum) or `default`"
        guard let text = node.scalar?.string else {
            fail(node, key, expected)
            return nil
        }
        if text == "default" { return nil }
        guard let value = Int(text), (0...maximum).contains(value) else {
            fail(node, key, "\(expected), got `\(text)`")
            return nil
        }
        return UInt8(value)
    }

    /// A list such as `[bold, reverse]`, or a single name.
    private mutating func attributes(from node: Node, key: String) -> TextAttributes {
        let items: [Node]
        switch node {
        case .scalar:
            items = [node]
        case .sequence(let sequence):
            items = Array(sequence)
        default:
            fail(node, key, "expected a list such as [bold, reverse]")
            return []
        }
        let names = TextAttributes.all.map(\.name)
        var attributes: TextAttributes = []
        for item in items {
            let name = item.scalar?.string ?? ""
            if let known = TextAttributes.all.first(where: { $0.name == name }) {
                attributes.insert(known.attribute)
            } else {
                fail(item, key, unknown("attribute", name, among: names))
            }
        }
        return attributes
    }

    private func unknown(_ kind: String, _ word: String, among candidates: [String]) -> String {
        let hint = Suggestion.hint(for: word, among: candidates)
        if !hint.isEmpty { return "unknown \(kind) '\(word)'\(hint)" }
        return "unknown \(kind) '\(word)'; expected one of \(candidates.joined(separator: ", "))"
    }

    private mutating func fail(_ node: Node?, _ key: String, _ reason: String) {
        errors.append(ThemeError(path: path, line: node?.mark?.line, key: key, reason: reason))
    }

    private mutating func report(syntaxError error: any Error) {
        var line: Int?
        var reason = "\(error)"
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                 .composer(_, let problem, let mark, _):
                line = mark.line
                reason = problem
            case .duplicatedKeysInMapping(let duplicates, let context):
                line = context.mark.line
                reason = "duplicate key \(duplicates.joined(separator: ", "))"
            case .reader(let problem, _, _, _):
                reason = problem
            default:
                break
            }
        }
        errors.append(ThemeError(path: path, line: line, key: "yaml", reason: reason))
    }
}
