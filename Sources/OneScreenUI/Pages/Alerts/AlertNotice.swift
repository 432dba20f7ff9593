import OneScreenCore

/// What became of the last action on the Alerts page, shown in the status bar until the next key.
public enum AlertNotice: Sendable, Equatable {
    case acknowledged(Int64)
    case silenced(target: String, until: Instant)
    case unacknowledged(Int64)
    case silenceEnded(target: String)
    /// The viewer's role may not acknowledge or silence (a kiosk, or a role that sees alert texts masked).
    case notAllowed
    /// `a`, `s` or `u` with no alert or silence selected (an empty list).
    case nothingSelected
    /// The store refused: already acknowledged, not firing, gone.
    case refused(AlertActionError)
    /// The store could not be written (locked, read-only, vanished).
    case failed(String)

    public var isProblem: Bool {
        switch self {
        case .acknowledged, .silenced, .unacknowledged, .silenceEnded: false
        case .notAllowed, .nothingSelected, .refused, .failed: true
        }
    }
}
