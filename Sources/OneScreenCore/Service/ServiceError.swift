/// Why the data side did not answer as asked, in words for the status line or stderr. Crosses the socket as is.
public enum ServiceError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// The viewer's role may not do or see this (recorded in the audit trail as a refusal).
    case refused(String)
    /// The alert could not be acknowledged or silenced as asked.
    case alertAction(AlertActionError)
    /// The store could not be read or written; for a view, also when its audit row could not be written.
    case failed(String)
    /// The server could not be reached, or spoke something this client does not understand.
    case connection(String)

    public var description: String {
        switch self {
        case .refused(let why): why
        case .alertAction(let error): error.description
        case .failed(let why): why
        case .connection(let why): why
        }
    }
}
