import Foundation

/// The protocol between `onescreen serve` and its clients over a Unix socket: frames of a 4-byte big-endian length
/// and that many bytes of JSON (`ClientMessage` one way, `ServerMessage` the other).
///
/// JSON via Codable because the values already are Codable, a frame can be read with `socat` and `jq` when something
/// goes wrong, `--json` output already speaks it, and the cost is small against the store read behind each reply
/// (measured by `onescreen-bench serve`). A binary encoding would save bytes nobody is short of on a local socket.
///
/// A connection starts with the client's `hello` (its protocol version and the role it asks for); the server answers
/// `welcome` with the viewer it granted (from the peer's uid, never from anything the client says) or `refused`.
/// Then each `request` gets one `reply` with the same id, and `changed` arrives unasked whenever the store changed.
public enum WireProtocol {
    /// Bumped when a message changes shape; a server answers a client of another version with a refusal naming both.
    public static let version = 2
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

    /// One frame: the length, then the JSON.
    static func frame<T: Encodable>(_ message: T) throws -> [UInt8] {
        let body = try encoder.encode(message)
        let length = UInt32(body.count)
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)] + body
    }
}
