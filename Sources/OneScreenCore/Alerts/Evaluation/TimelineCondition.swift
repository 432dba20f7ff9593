/// A condition judged on readings in event time. The engine finds the subjects a batch touched, loads their
/// readings over a bounded window and walks the judged points through hold and resolve hold.
protocol TimelineCondition: Sendable {
    /// How long the condition must hold before the alert fires.
    var hold: Duration { get }
    /// History a judgement needs before the judged time besides each input's latest earlier reading (a rate
    /// looks back over its window).
    var context: Duration { get }
    /// Whether a series of `metric` can take part at all: the engine asks once per metric of a batch and passes
    /// over the series of the others, rather than asking `subjects(touching:in:)` for each of 20,000 series.
    func reads(metric: String) -> Bool
    /// The subjects a stored series takes part in under this condition (none when it does not match).
    func subjects(touching series: SeriesInfo, in catalog: SeriesCatalog) -> [TimelineSubject]
    /// Judges each time in `from...to` at which an input has a reading. `inputs[i]` holds input i's readings in
    /// time order, from its latest one before `from - context` through `to`.
    func judge(_ inputs: [[SeriesPoint]], from: Int64, to: Int64) -> [JudgedPoint]
    /// Message values for an episode whose worst point is `peak`.
    func messageValues(_ subject: TimelineSubject, peak: JudgedPoint) -> [String: String]
    /// The band its one series must stay in, kept with the alert so its detail can show the readings against it;
    /// nil for conditions judged otherwise (a rate, a combination).
    var band: (min: Double?, max: Double?)? { get }
    /// Whether new readings of `series` spanning `values` can change nothing while its subject has no alert: true
    /// only where each reading of one series is judged alone (the subject is the series), so readings inside the
    /// band only end or shorten runs that never fired.
    func isQuiet(_ series: SeriesInfo, values: ClosedRange<Double>) -> Bool
}

extension TimelineCondition {
    var band: (min: Double?, max: Double?)? { nil }

    func isQuiet(_ series: SeriesInfo, values: ClosedRange<Double>) -> Bool { false }
}
