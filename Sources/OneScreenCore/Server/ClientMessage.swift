/// What a client sends.
public enum ClientMessage: Sendable, Equatable, Codable {
    /// First and once: the client's protocol version and the role it asks to narrow to (`--role`, `--kiosk`).
    case hello(version: Int, role: String?)
    case request(id: UInt32, ServiceRequest)
}

extension ClientMessage: WireMessage {
    var isHandshake: Bool { if case .hello = self { true } else { false } }
}
