extension PageRequest {
    /// The record a view of this page discloses when the record holds fields above internal grade (a customer's
    /// phone and contact, a contract's amount and counterparty): such views go to the audit trail. Nil for lists
    /// and pages of internal or public data.
    public var classifiedRecord: String? {
        switch self {
        case .customer(let id): "customer \(id)"
        case .contract(let id): "contract \(id)"
        case .overview, .quality, .lot, .customers, .contracts, .marketing, .alerts, .alert, .sources, .series: nil
        }
    }
}

extension AuditEntry {
    /// The audit row for `viewer` opening `request`, or nil when the page discloses no classified record.
    public static func view(of request: PageRequest, by viewer: Viewer, at now: Instant) -> AuditEntry? {
        request.classifiedRecord.map {
            AuditEntry(at: now, user: viewer.user, role: viewer.role.name, action: "view", subject: $0,
                       detail: "clearance \(viewer.role.clearance)")
        }
    }
}
