import Yams

/// Reads `roles:`, `users:` and `grades:` of the config into an access policy, every problem located:
///
/// ```yaml
/// roles:                      # replace or add to the built-in roles (executive, quality_manager, frontline, ops, kiosk)
///   - name: regional_lead
///     clearance: key          # public | internal | key | core
///     pages: [overview, quality, customers]
///     permissions: [silence_broadly, prune]
/// users:                      # login name or uid → role; anyone not listed gets the lowest role
///   zhao: executive
///   li: frontline
/// grades:                     # field → grade, overriding the defaults
///   customer.name: public
/// ```
enum AccessPolicyParser {
    /// - Parameter sections: the top-level config mapping's `roles`, `users` and `grades` values (nil when absent).
    /// - Returns: nil when none of the sections is present: the config says nothing about access, so the
    ///   unconfigured policy applies.
    static func policy(roles: Node?, users: Node?, grades: Node?, file: String) -> (AccessPolicy?, [ConfigProblem]) {
        guard roles != nil || users != nil || grades != nil else { return (nil, []) }
        var reader = ConfigReader(file: file)
        var all = Role.builtIn
        if let roles {
            if let items = roles.sequence {
                for (index, item) in items.enumerated() {
                    guard let role = readRole(item, path: "roles[\(index)]", &reader) else { continue }
                    all.removeAll { $0.name == role.name }
                    all.append(role)
                }
            } else {
                reader.problem(at: roles, "roles", "expected a list of roles (each starting with '- name:'), found \(reader.describe(roles))")
            }
        }
        var userRoles: [String: String] = [:]
        if let users {
            if let mapping = users.mapping {
                for (key, value) in mapping {
                    let user = key.scalar?.string ?? "?"
                    guard let name = value.scalar?.string, value.tagName != .null else {
                        reader.problem(at: value, "users.\(user)", "expected a role name, found \(reader.describe(value))")
                        continue
                    }
                    guard all.contains(where: { $0.name == name }) else {
                        reader.problem(at: value, "users.\(user)", "no role \"\(name)\"\(Suggestion.hint(for: name, among: all.map(\.name)))")
                        continue
                    }
                    userRoles[user] = name
                }
            } else {
                reader.problem(at: users, "users", "expected a mapping of OS user names to roles, found \(reader.describe(users))")
            }
        }
        var overrides: [GradedField: DataGrade] = [:]
        if let grades {
            if let mapping = grades.mapping {
                let names = GradedField.allCases.map(\.rawValue)
                for (key, value) in mapping {
                    let name = key.scalar?.string ?? "?"
                    guard let field = GradedField(rawValue: name) else {
                        reader.problem(at: key, "grades.\(name)", "unknown field\(Suggestion.hint(for: name, among: names)) (fields: \(names.joined(separator: ", ")))")
                        continue
                    }
                    guard let grade = value.scalar.flatMap({ DataGrade(name: $0.string) }) else {
                        reader.problem(at: value, "grades.\(name)", "expected one of public, internal, key, core")
                        continue
                    }
                    overrides[field] = grade
                }
            } else {
                reader.problem(at: grades, "grades", "expected a mapping of field names to grades, found \(reader.describe(grades))")
            }
        }
        return (AccessPolicy(roles: all, users: userRoles, grades: GradeBook(overrides: overrides)), reader.problems)
    }

    private static func readRole(_ node: Node, path: String, _ reader: inout ConfigReader) -> Role? {
        guard let fields = reader.fields(node, path: path, allowed: ["name", "clearance", "pages", "permissions"]) else { return nil }
        reader.require(["name", "clearance"], in: fields)
        let name = reader.string("name", in: fields, what: "a role name")
        let clearanceText = reader.string("clearance", in: fields, what: "one of public, internal, key, core")
        let clearance = clearanceText.flatMap(DataGrade.init(name:))
        if clearanceText != nil, clearance == nil {
            reader.problem(at: fields["clearance"], fields.path("clearance"), "expected one of public, internal, key, core")
        }
        let pages = reader.stringList("pages", in: fields)
        for page in pages ?? [] where !Config.knownPages.contains(page) {
            reader.problem(at: fields["pages"], fields.path("pages"), "unknown page \"\(page)\"\(Suggestion.hint(for: page, among: Config.knownPages))")
        }
        var permissions: Set<Permission> = []
        for text in reader.stringList("permissions", in: fields) ?? [] {
            guard let permission = Permission(rawValue: text) else {
                let names = Permission.allCases.map(\.rawValue)
                reader.problem(at: fields["permissions"], fields.path("permissions"),
                               "unknown permission \"\(text)\"\(Suggestion.hint(for: text, among: names)) (permissions: \(names.joined(separator: ", ")))")
                continue
            }
            permissions.insert(permission)
        }
        guard let name, let clearance else { return nil }
        return Role(name: name, clearance: clearance, pages: pages, permissions: permissions)
    }
}
