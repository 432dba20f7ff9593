import OneScreenCore

/// What became of the last action on the Alerts page, shown in the status bar until the next key.
public enum AlertNotice: Sendable, Equatable {
    case acknowledged(Int64)
    case silenced(target: String, until: Instant)
    /// The viewer's role may not acknowledge or silence (a kiosk, or a role that sees alert texts masked).
    case notAllowed
    /// `a` or `s` with no alert selected (an empty list).
    case nothingSelected
    /// The store refused: already acknowledged, not firing, gone.
    case refused(AlertActionError)
    /// The store could not be written (locked, read-only, vanished).
    case failed(String)

    public var isProblem: Bool {
        switch self {
        case .acknowledged, .silenced: false
        case .notAllowed, .nothingSelected, .refused, .failed: true
        }
    }
}
