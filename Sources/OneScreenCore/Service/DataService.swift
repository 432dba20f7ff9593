/// What the dashboard and the shell commands ask of the data side. Two implementations: `EmbeddedService` (the
/// store in this process: one person, a store of their own; and the server, once per connection) and
/// `ServiceClient` (a `onescreen serve` over its socket). Whatever comes back is already masked for `viewer`,
/// audited and authorised: the caller only draws or prints it.
public protocol DataService: AnyObject {
    /// Who the data side serves: the asking user under the role it granted.
    var viewer: Viewer { get }

    /// One page frame's data. The first request for a page after another one is an opening, audited once.
    /// - Parameters:
    ///   - now: the instant to draw (`snapshot --at`); the audit row takes the data side's own clock.
    ///   - window: how far back the overview's and the quality page's compliance look (the range keys).
    func page(_ request: PageRequest, at now: Instant, utcOffset: Int, window: TimeRange) throws(ServiceError) -> PageSnapshot
    /// Alerts for a listing, masked; a text filter matches only what the viewer sees.
    func alerts(_ filter: AlertFilter) throws(ServiceError) -> [AlertRecord]
    func acknowledge(alert id: Int64, note: String?) throws(ServiceError) -> AlertRecord
    func silence(_ request: SilenceRequest) throws(ServiceError) -> SilenceOutcome
    /// Puts an acknowledged alert back to firing.
    func unacknowledge(alert id: Int64) throws(ServiceError) -> AlertRecord
    /// The silences in force, oldest first, masked.
    func silences() throws(ServiceError) -> [Silence]
    /// Ends a silence now; returns it as it now stands.
    func unsilence(_ id: Int64) throws(ServiceError) -> Silence
    func audit(since: Instant?) throws(ServiceError) -> [AuditEntry]
    func sources() throws(ServiceError) -> SourcesReport
    func status() throws(ServiceError) -> StoreStatus
    /// Deletes what the data side's retention says is old; never the caller's retention.
    func prune(vacuum: Bool) throws(ServiceError) -> PruneReport
    /// What the `:` jump bar completes (lots, contracts, customers, sites), masked, and only of the pages the role
    /// may open.
    func jumpIndex() throws(ServiceError) -> JumpIndex

    /// True the first time and whenever the store changed since the previous call; never waits.
    func takeChange() throws(ServiceError) -> Bool
    /// A descriptor that turns readable when a change notice may be waiting (the server's socket, or the store's
    /// file watch in embedded mode), for a loop that sleeps in poll() beside the keyboard; nil when changes can only
    /// be asked for (`takeChange`).
    var changeDescriptor: Int32? { get }
    /// How soon to call `takeChange` again though the descriptor stays quiet (writes seen whose commit was not yet
    /// visible), in milliseconds; nil when only a wake of the descriptor calls for it.
    var changeRecheckMilliseconds: Int32? { get }
}

extension DataService {
    /// One page frame's data over the standard compliance window.
    public func page(_ request: PageRequest, at now: Instant, utcOffset: Int) throws(ServiceError) -> PageSnapshot {
        try page(request, at: now, utcOffset: utcOffset, window: .standard)
    }
}
