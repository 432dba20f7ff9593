/// Which role a user gets, and whether a `--role` request may be granted. Always the policy of the process that
/// owns the store: the server's config in server mode, the owner's own in embedded mode.
public struct AccessPolicy: Sendable, Equatable {
    public var roles: [Role]
    /// Login name, or numeric uid as text, → role name.
    public var users: [String: String]
    public var grades: GradeBook

    /// With no config at all the owner of the store (the person at the terminal, with the demo or a store of their
    /// own) gets the highest built-in role; everyone else, and everyone once a config lists users, the lowest.
    public static let unconfigured = AccessPolicy(roles: Role.builtIn, users: [:], grades: GradeBook(), openToOwner: true)

    private let openToOwner: Bool

    public init(roles: [Role], users: [String: String], grades: GradeBook) {
        self.init(roles: roles, users: users, grades: grades, openToOwner: false)
    }

    private init(roles: [Role], users: [String: String], grades: GradeBook, openToOwner: Bool) {
        self.roles = roles
        self.users = users
        self.grades = grades
        self.openToOwner = openToOwner
    }

    /// The role with the lowest clearance (and fewest pages among those): what an unknown user gets.
    public var lowest: Role {
        roles.min { ($0.clearance, $0.pages?.count ?? Int.max) < ($1.clearance, $1.pages?.count ?? Int.max) }
            ?? Role(name: "public", clearance: .public, pages: ["overview"])
    }

    public func role(named name: String) -> Role? { roles.first { $0.name == name } }

    /// The role `identity` has by this policy: `users:` by login name, else by uid; the store's owner when nothing
    /// is configured; else the lowest.
    /// - Parameter owner: the uid that owns the store (the server's own).
    public func role(of identity: PeerIdentity, owner: UInt32) -> Role {
        for key in [identity.name, String(identity.uid)].compactMap({ $0 }) {
            if let name = users[key], let role = role(named: name) { return role }
        }
        if openToOwner, identity.uid == owner { return roles.max { $0.clearance < $1.clearance } ?? lowest }
        return lowest
    }

    /// The viewer for `identity` asking for `requested` (`--role`, `--kiosk`): a request may only narrow the
    /// user's own role (clearance no higher, pages and permissions a subset), never raise it.
    public func viewer(for identity: PeerIdentity, owner: UInt32, requested: String?) throws(AccessError) -> Viewer {
        let own = role(of: identity, owner: owner)
        guard let requested else { return Viewer(user: identity.user, role: own, grades: grades) }
        guard let asked = role(named: requested) else {
            throw .unknownRole(requested, available: roles.map(\.name))
        }
        guard let narrowed = own.narrowed(to: asked) else {
            throw .notPermitted(user: identity.user, own: own, asked: asked)
        }
        return Viewer(user: identity.user, role: narrowed, grades: grades)
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
            "user \(user) has role \(own.name) (clearance \(own.clearance)); --role may lower the clearance, not raise it to \(asked.name) (\(asked.clearance)). Ask an administrator to map \(user) to \(asked.name) under users: in the server's config."
        }
    }
}
