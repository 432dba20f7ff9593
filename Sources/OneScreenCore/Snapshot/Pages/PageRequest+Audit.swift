extension PageRequest {
    /// The page this request belongs to, as roles list them (`pages:`): a drill-down belongs to its list's page.
    public var pageName: String {
        switch self {
        case .overview: "overview"
        case .quality, .lot: "quality"
        case .customers, .customer: "customers"
        case .contracts, .contract: "contracts"
        case .marketing: "marketing"
        case .alerts, .alert: "alerts"
        case .sources: "sources"
        case .series: "quality"
        }
    }

    /// How the audit trail names what this request shows.
    public var auditSubject: String {
        switch self {
        case .lot(let id): "lot \(id)"
        case .customer(let id): "customer \(id)"
        case .contract(let id): "contract \(id)"
        case .alert(let id): "alert/\(id)"
        case .alerts(let states): "page alerts (\(states.rawValue))"
        case .overview, .quality, .customers, .contracts, .marketing, .sources: "page \(pageName)"
        case .series(let series): "series \(series.subject) \(series.range.rawValue)"
        }
    }

    /// Whether the page holds graded fields at all: every page but the sources' health, which holds states and counts
    /// (its errors lose their credentials for everyone).
    public var holdsGradedData: Bool { self != .sources }
}

extension AuditEntry {
    /// The audit row for `viewer` opening `request`, or nil when the opening discloses nothing above public grade
    /// (a public role sees every graded field masked).
    public static func view(of request: PageRequest, by viewer: Viewer, at now: Instant) -> AuditEntry? {
        guard request.holdsGradedData, viewer.role.clearance > .public else { return nil }
        return AuditEntry(at: now, user: viewer.user, role: viewer.role.name, action: "view", subject: request.auditSubject,
                          detail: "clearance \(viewer.role.clearance)")
    }
}
