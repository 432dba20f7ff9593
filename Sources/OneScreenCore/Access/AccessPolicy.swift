/// Which role an OS user gets, and whether a `--role` request may be granted.
public struct AccessPolicy: Sendable, Equatable {
    public var roles: [Role]
    /// OS user name → role name.
    public var users: [String: String]
    public var grades: GradeBook

    /// With no config at all the person at the terminal owns the machine and the demo data, so they get the
    /// highest built-in role; a config that lists users switches to least privilege for everyone not listed.
    public static let unconfigured = AccessPolicy(roles: Role.builtIn, users: [:], grades: GradeBook(), openByDefault: true)

    private let openByDefault: Bool

    public init(roles: [Role], users: [String: String], grades: GradeBook) {
        self.init(roles: roles, users: users, grades: grades, openByDefault: false)
    }

    private init(roles: [Role], users: [String: String], grades: GradeBook, openByDefault: Bool) {
        self.roles = roles
        self.users = users
        self.grades = grades
        self.openByDefault = openByDefault
    }

    /// The role with the lowest clearance: what an unknown user gets.
    public var lowest: Role {
        roles.min { $0.clearance < $1.clearance } ?? Role(name: "public", clearance: .public, pages: ["overview"])
    }

    public func role(named name: String) -> Role? { roles.first { $0.name == name } }

    /// The role `user` has by the config.
    public func role(of user: String) -> Role {
        if let name = users[user], let role = role(named: name) { return role }
        if openByDefault { return roles.max { $0.clearance < $1.clearance } ?? lowest }
        return lowest
    }

    /// The role to use when `user` asks for `requested` (`--role`, `--kiosk`): granted only when it does not raise
    /// the clearance above the user's own.
    public func resolve(user: String, requested: String?) throws(AccessError) -> Role {
        let own = role(of: user)
        guard let requested else { return own }
        guard let asked = role(named: requested) else {
            throw .unknownRole(requested, available: roles.map(\.name))
        }
        guard asked.clearance <= own.clearance else {
            throw .notPermitted(user: user, own: own, asked: asked)
        }
        return asked
    }
}

public enum AccessError: Error, Equatable, CustomStringConvertible {
    case unknownRole(String, available: [String])
    case notPermitted(user: String, own: Role, asked: Role)

    public var description: String {
        switch self {
        case .unknownRole(let name, let available):
            "no role \"\(name)\"\(Suggestion.hint(for: name, among: available)) (roles: \(available.joined(separator: ", ")))"
        case .notPermitted(let user, let own, let asked):
            "user \(user) has role \(own.name) (clearance \(own.clearance)); --role may lower the clearance, not raise it to \(asked.name) (\(asked.clearance)). Ask an administrator to map \(user) to \(asked.name) under users: in the config."
        }
    }
}
