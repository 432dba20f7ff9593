import Foundation

extension Store {
    /// What one page frame draws, read in one transaction so the page and its chrome agree.
    /// - Parameters:
    ///   - request: the page, or the drill-down, on screen.
    ///   - now: the instant to judge ages and windows by.
    ///   - utcOffset: seconds east of UTC for calendar days.
    ///   - window: how far back the overview's and the quality page's compliance look (the series page's range is
    ///     in its request).
    public func page(_ request: PageRequest, at now: Instant, utcOffset: Int, window: TimeRange = .standard) throws -> PageSnapshot {
        try backend.read { db in
            let started = ContinuousClock.now
            let today = now.day(utcOffset: utcOffset)
            let content: PageContent = switch request {
            case .overview: .overview(try Self.overview(db, now: now, utcOffset: utcOffset, window: window))
            case .quality: .quality(try Self.qualityPage(db, now: now, window: window))
            case .lot(let id): .lot(try Self.lotTrace(db, id: id, now: now))
            case .customers: .customers(try Self.customerRows(db, now: now))
            case .customer(let id): .customer(try Self.customer360(db, id: id, now: now, utcOffset: utcOffset))
            case .contracts: .contracts(try Self.contractList(db, today: today))
            case .contract(let id): .contract(try Self.contractChain(db, id: id, today: today))
            case .marketing: .marketing(try Self.marketing(db, now: now, today: today, utcOffset: utcOffset, started: started))
            case .alerts(let states):
                .alerts(try Self.alertOverview(db, states: states, limit: AlertFilter.defaultLimit, silencesAt: now))
            case .alert(let id): .alert(try Self.alertDetail(db, id: id, now: now))
            case .sources: .sources(try Self.sources(db, now: now))
            case .series(let series): .series(try Self.series(db, series, now: now, utcOffset: utcOffset))
            }
            return PageSnapshot(
                now: now, utcOffset: utcOffset, freshness: try Self.freshness(db, now: now), sources: try Self.sources(db, now: now),
                content: content)
        }
    }
}
