import Foundation

/// The protocol between `onescreen serve` and its clients over a Unix socket: frames of a 4-byte big-endian length
/// and that many bytes of a message (`ClientMessage` one way, `ServerMessage` the other).
///
/// A connection starts with the client's `hello` (its protocol version and the role it asks for); the server answers
/// `welcome` with the viewer it granted (from the peer's uid, never from anything the client says) or `refused`.
/// Then each `request` gets one `reply` with the same id, and `changed` arrives unasked whenever the store changed.
///
/// The handshake is JSON, as it has been in every version, so that a client and a server of different versions can
/// still read each other's hello and refusal and say which versions met. Everything after the welcome is the binary
/// form of `WireEncoder`: a page refresh is a store read and its snapshot both ways, and JSON's number formatting,
/// escaping and key matching made the snapshot's way through the socket cost half as much again as the read
/// (measured by `onescreen-bench serve`). `--json` output still speaks JSON to people and scripts.
public enum WireProtocol {
    /// Bumped when a message changes shape; a server answers a client of another version with a refusal naming both.
    /// 4: requests, replies and notices in the binary form.
    public static let version = 4
    /// A request is a page name, a filter or a note: far below this. Anything bigger is garbage or an attack.
    public static let maxRequestBytes = 64 << 10
    /// The largest reply: a 1,000-row list with long texts is a few MiB; this leaves room without letting a bad
    /// length make a client allocate gigabytes.
    public static let maxReplyBytes = 64 << 20
    /// Bytes of the length prefix.
    static let headerBytes = 4

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    /// One frame: the length, then the message, encoded straight after the length with no copy.
    static func frame(_ message: some WireMessage) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: headerBytes)
        if message.isHandshake {
            bytes += try encoder.encode(message)
        } else {
            try WireEncoder.encode(message, appendingTo: &bytes)
        }
        guard let length = UInt32(exactly: bytes.count - headerBytes) else {
            throw EncodingError.invalidValue(bytes.count, EncodingError.Context(codingPath: [], debugDescription: "a message too large for a frame"))
        }
        bytes[0] = UInt8(length >> 24)
        bytes[1] = UInt8(length >> 16 & 0xFF)
        bytes[2] = UInt8(length >> 8 & 0xFF)
        bytes[3] = UInt8(length & 0xFF)
        return bytes
    }

    /// The message in a frame's body: a handshake's JSON, or after it the binary form.
    static func message<Message: WireMessage>(_ type: Message.Type, from body: [UInt8], handshake: Bool) throws -> Message {
        handshake ? try JSONDecoder().decode(type, from: Data(body)) : try WireDecoder.decode(type, from: body)
    }
}

/// A message of the protocol, one way or the other.
protocol WireMessage: Codable {
    /// Part of the handshake, which every version reads (JSON), rather than of what follows it.
    var isHandshake: Bool { get }
}
