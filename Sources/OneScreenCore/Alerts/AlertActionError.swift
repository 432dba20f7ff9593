/// Why an acknowledgement or a silence was refused, in words for the status line or stderr.
public enum AlertActionError: Error, Sendable, Equatable, CustomStringConvertible {
    case noSuchAlert(Int64)
    case notFiring(Int64, AlertState)
    case alreadyAcknowledged(Int64, by: String)
    case emptyTarget
    case notInFuture

    public var description: String {
        switch self {
        case .noSuchAlert(let id): "no alert with id \(id)"
        case .notFiring(let id, let state): "alert \(id) is \(state.rawValue); only a firing alert can be acknowledged"
        case .alreadyAcknowledged(let id, let by): "alert \(id) is already acknowledged by \(by)"
        case .emptyTarget: "a silence needs a rule name or a subject"
        case .notInFuture: "a silence must last a positive time"
        }
    }
}
