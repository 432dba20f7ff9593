/// Cuts a byte stream into frames, refusing a length over `limit` before anything of it is buffered.
struct FrameReader {
    let limit: Int
    private var buffer: [UInt8] = []

    init(limit: Int) { self.limit = limit }

    enum Failure: Error, Equatable, CustomStringConvertible {
        case tooLarge(Int)

        var description: String {
            switch self {
            case .tooLarge(let length): "a frame of \(length) bytes is over the limit"
            }
        }
    }

    /// True while part of a frame has arrived and the rest has not: a peer that stays so is stalling.
    var isMidFrame: Bool { !buffer.isEmpty }

    mutating func append(_ bytes: UnsafeRawBufferPointer) { buffer.append(contentsOf: bytes) }

    /// The next whole frame's body, or nil when it has not all arrived.
    mutating func next() throws(Failure) -> [UInt8]? {
        guard buffer.count >= WireProtocol.headerBytes else { return nil }
        let length = Int(buffer[0]) << 24 | Int(buffer[1]) << 16 | Int(buffer[2]) << 8 | Int(buffer[3])
        guard length <= limit else { throw .tooLarge(length) }
        guard buffer.count >= WireProtocol.headerBytes + length else { return nil }
        let body = Array(buffer[WireProtocol.headerBytes ..< WireProtocol.headerBytes + length])
        buffer.removeFirst(WireProtocol.headerBytes + length)
        return body
    }
}
