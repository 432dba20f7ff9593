/// Walks judged points in time order and cuts them into episodes: hold before firing, resolve hold before
/// resolving. A run out of band that ends before the hold is no episode at all (one spike is not an alert); a
/// return inside shorter than the resolve hold keeps the same episode (an oscillating reading is one alert).
///
/// Durations are judged on evidence: a run has lasted from its first violating reading to its latest one, so a
/// single reading never fires a rule with a hold, however sparse the readings around it.
struct EpisodeWalker: Sendable {
    let hold: Int64
    let resolveAfter: Int64
    /// Episodes that are over, in order.
    private(set) var finished: [Episode] = []
    private var current: Episode?
    /// The first point of the stretch inside the current run of non-violating points.
    private var insideSince: Int64?
    private var clipNext: Bool
    private(set) var lastTime: Int64?

    /// - Parameter clipped: the walk starts without knowing the state before its first point, so an episode
    ///   starting right there may have started earlier.
    init(hold: Duration, resolveAfter: Duration, clipped: Bool) {
        self.hold = hold.milliseconds
        self.resolveAfter = resolveAfter.milliseconds
        clipNext = clipped
    }

    /// True once the subject has stayed inside for the resolve hold: nothing before matters any more.
    var isSettled: Bool {
        guard current == nil, let since = insideSince, let last = lastTime else { return false }
        return last - since >= resolveAfter
    }

    /// The finished episodes and the one still going, if it has fired or is pending at the end of the data.
    var episodes: [Episode] { finished + (current.map { [$0] } ?? []) }

    mutating func feed(_ point: JudgedPoint) {
        defer {
            lastTime = point.time
            clipNext = false
        }
        if point.violating {
            insideSince = nil
            guard var episode = current else {
                current = Episode(
                    start: point.time, lastViolation: point.time, count: 1, peak: point,
                    firedAt: hold == 0 ? point.time : nil, resolvedAt: nil, clipped: clipNext)
                return
            }
            episode.lastViolation = point.time
            episode.count += 1
            if point.excess > episode.peak.excess { episode.peak = point }
            if episode.firedAt == nil && point.time - episode.start > hold { episode.firedAt = point.time }
            current = episode
            return
        }
        let since = insideSince ?? point.time
        insideSince = since
        guard var episode = current else { return }
        if episode.firedAt == nil {
            current = nil
        } else if point.time - since >= resolveAfter {
            episode.resolvedAt = point.time
            finished.append(episode)
            current = nil
        }
    }
}
