import OneScreenCore

/// An acknowledgement or a silence the user confirmed on the Alerts page, or the undoing of either. The page only asks; the app carries it out
/// through the same store calls as `onescreen alerts ack` and `alerts silence`.
public enum AlertCommand: Sendable, Equatable {
    case acknowledge(id: Int64, note: String?)
    /// Mutes the hooks of the alert's subject or rule for `duration`.
    case silence(id: Int64, target: SilenceTarget, duration: Duration)
    /// Puts an acknowledged alert back to firing.
    case unacknowledge(id: Int64)
    /// Ends a silence of the silences view now.
    case endSilence(id: Int64)
}

/// What a silence started from an alert names: the alert's subject (this truck) or its whole rule (every truck).
public enum SilenceTarget: Sendable, Equatable {
    case subject, rule
}
