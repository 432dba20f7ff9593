/// Who is looking: a clearance grade and the pages the role may open.
public struct Role: Sendable, Equatable {
    public var name: String
    public var clearance: DataGrade
    /// Page names the role may open; nil means every page.
    public var pages: [String]?

    public init(name: String, clearance: DataGrade, pages: [String]? = nil) {
        self.name = name
        self.clearance = clearance
        self.pages = pages
    }

    public func mayOpen(page: String) -> Bool { pages?.contains(page) ?? true }

    public func sees(_ grade: DataGrade) -> Bool { grade <= clearance }

    /// The roles of DOMAIN.md's users, used when the config defines none.
    public static let builtIn: [Role] = [
        Role(name: "executive", clearance: .core),
        Role(name: "quality_manager", clearance: .key),
        Role(name: "frontline", clearance: .internal, pages: ["overview", "quality", "alerts"]),
        Role(name: "ops", clearance: .internal, pages: ["overview", "quality", "alerts", "sources"]),
        Role(name: "kiosk", clearance: .public, pages: ["overview", "quality", "marketing", "alerts"]),
    ]

    public static let kioskName = "kiosk"
}
