/// A `NOTIFY` received on a channel this connection listens to.
public struct PostgresNotification: Sendable, Equatable {
    public var channel: String
    /// As sent, not cleaned: the store's own payloads are numbers; show it only after `PostgresText.clean`.
    public var payload: String
    /// The server process that sent it.
    public var senderPID: Int32
}
