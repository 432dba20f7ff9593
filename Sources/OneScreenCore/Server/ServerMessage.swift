/// What the server sends.
public enum ServerMessage: Sendable, Equatable, Codable {
    /// The answer to `hello`: who the server takes the client for (from its uid) and under which role.
    case welcome(version: Int, viewer: Viewer)
    /// The connection is refused (another protocol version, a role above the user's own, too many connections).
    case refused(String)
    case reply(id: UInt32, ServiceReply)
    /// The store changed: read again. Sent unasked, to every welcomed client.
    case changed
}

extension ServerMessage: WireMessage {
    var isHandshake: Bool {
        switch self {
        case .welcome, .refused: true
        case .reply, .changed: false
        }
    }
}
