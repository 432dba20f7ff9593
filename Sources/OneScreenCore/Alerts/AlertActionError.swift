/// Why an acknowledgement or a silence was refused, in words for the status line or stderr.
public enum AlertActionError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    case noSuchAlert(Int64)
    case notFiring(Int64, AlertState)
    case alreadyAcknowledged(Int64, by: String)
    case emptyTarget
    case notInFuture
    /// A silence's length that is not a duration (`soon`, `10`).
    case badDuration
    /// A silence longer than `Silence.longest`.
    case tooLong
    case noSuchSilence(Int64)
    /// The silence already ended (expired or ended by someone).
    case silenceOver(Int64)
    /// Only an acknowledged alert can be un-acknowledged.
    case notAcknowledged(Int64, AlertState)

    public var description: String {
        switch self {
        case .noSuchAlert(let id): "no alert with id \(id)"
        case .notFiring(let id, let state): "alert \(id) is \(state.rawValue); only a firing alert can be acknowledged"
        case .alreadyAcknowledged(let id, let by): "alert \(id) is already acknowledged by \(by)"
        case .emptyTarget: "a silence needs a rule name or a subject"
        case .notInFuture: "a silence must last a positive time"
        case .badDuration: "use a duration such as 30m, 2h or 1d"
        case .tooLong: "at most \(Silence.longest.configText); change or disable the rule in the config instead"
        case .noSuchSilence(let id): "no silence with id \(id) (see onescreen alerts silences)"
        case .silenceOver(let id): "silence \(id) has already ended"
        case .notAcknowledged(let id, let state): "alert \(id) is \(state.rawValue); only an acknowledged alert can be un-acknowledged"
        }
    }
}
