/// The limits of alert evaluation, each with the reason it has the value it has.
public enum AlertLimits {
    /// How far back before a batch's earliest reading the engine looks for the readings that show a series was
    /// settled inside its band. Evaluation after a batch costs this window at most per touched series, which
    /// keeps it bounded on a store of any size; it is twice the longest hold plus the longest resolve hold, so a
    /// held excursion and the stretch that resolves it always fit inside it.
    public static let lookback = Duration.hours(48)
    /// The longest hold a rule may ask for (longer ones are judged with this): a hold must fit in the lookback
    /// together with its resolve hold, or an excursion could never be seen whole.
    public static let maxHold = Duration.hours(12)
    /// The least time readings must stay back inside before a reading alert resolves: a sensor dithering on a
    /// bound reports in and out within minutes, and five minutes of in-band readings is the least that shows
    /// it is really back. A rule's own hold is used when it is longer.
    public static let minimumResolveHold = Duration.minutes(5)
    /// The first slice of history searched for a settled stretch, in resolve holds: most series are inside their
    /// band, so a few resolve holds of readings almost always hold one; the slice doubles up to the lookback
    /// when they do not.
    static let firstProbeResolveHolds = 4
    /// Readings are walked forward in slices of this span, so back-filling months of one series never loads
    /// them all at once.
    static let walkSlice = Duration.hours(12)
}
