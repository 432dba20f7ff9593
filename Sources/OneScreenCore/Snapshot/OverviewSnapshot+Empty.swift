extension OverviewSnapshot {
    /// What the page shows before the first read completes, or for a store with nothing in it: every pane present,
    /// every figure absent, and the freshness alarm on.
    public static func empty(at now: Instant, utcOffset: Int) -> OverviewSnapshot {
        OverviewSnapshot(
            now: now, utcOffset: utcOffset, freshness: DataFreshness(newestReading: nil, lastWrite: nil),
            quality: QualityOverview(
                overall: .init(inside: 0, total: 0),
                segments: ChainSegment.allCases.map { .init(segment: $0, compliance: .init(inside: 0, total: 0), hourly: []) },
                worst: [], openIssues: 0),
            customers: CustomerOverview(
                total: 0, segments: RFMSegment.allCases.map { .init(segment: $0, count: 0) }, topByValue: [], upcomingMoments: []),
            contracts: ContractOverview(
                byStatus: ContractStatus.allCases.map { .init(status: $0, count: 0, amount: 0) }, overdueMilestones: [],
                overdueCount: 0, expiring: [], expiringCount: 0, unapprovedSeals: [], unapprovedCount: 0),
            alerts: AlertOverview(byLevel: [0, 0, 0, 0], newest: []),
            sources: [])
    }
}
