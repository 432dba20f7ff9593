/// Who is looking: a clearance grade and the pages the role may open.
public struct Role: Sendable, Equatable, Codable {
    public var name: String
    public var clearance: DataGrade
    /// Page names the role may open; nil means every page.
    public var pages: [String]?
    public var permissions: Set<Permission>

    public init(name: String, clearance: DataGrade, pages: [String]? = nil, permissions: Set<Permission> = []) {
        self.name = name
        self.clearance = clearance
        self.pages = pages
        self.permissions = permissions
    }

    public func may(_ permission: Permission) -> Bool { permissions.contains(permission) }

    /// This role as `requested` narrows it (`--role`, `--kiosk`): the requested clearance and permissions where no
    /// higher than these, and only the pages both may open; nil when the request would raise the clearance.
    public func narrowed(to requested: Role) -> Role? {
        guard requested.clearance <= clearance else { return nil }
        let pages: [String]? = switch (pages, requested.pages) {
        case (nil, let asked): asked
        case (let own?, nil): own
        case (let own?, let asked?): asked.filter(own.contains)
        }
        return Role(name: requested.name, clearance: requested.clearance, pages: pages,
                    permissions: requested.permissions.intersection(permissions))
    }

    public func mayOpen(page: String) -> Bool { pages?.contains(page) ?? true }

    public func sees(_ grade: DataGrade) -> Bool { grade <= clearance }

    /// The roles of DOMAIN.md's users, used when the config defines none.
    public static let builtIn: [Role] = [
        Role(name: "executive", clearance: .core, permissions: [.silenceBroadly, .prune]),
        Role(name: "quality_manager", clearance: .key),
        Role(name: "frontline", clearance: .internal, pages: ["overview", "quality", "alerts"]),
        Role(name: "ops", clearance: .internal, pages: ["overview", "quality", "alerts", "sources"], permissions: [.silenceBroadly, .prune]),
        Role(name: "kiosk", clearance: .public, pages: ["overview", "quality", "marketing", "alerts"]),
    ]

    public static let kioskName = "kiosk"
}
