/// Rows for `COPY … FROM STDIN` in PostgreSQL's text format, sent to the server a large chunk at a time:
/// tab between fields, newline after each row, `\N` for NULL, and backslash escapes for the four bytes that would
/// otherwise be read as structure.
public struct PostgresCopyRows {
    /// Bytes held before they are handed to libpq: large enough that a send costs nothing per row, small enough
    /// to stay in cache.
    static let chunkBytes = 1 << 20

    private var bytes: [UInt8] = []
    private var fieldsInRow = 0
    private let send: ([UInt8]) throws -> Void

    init(send: @escaping ([UInt8]) throws -> Void) {
        self.send = send
        bytes.reserveCapacity(Self.chunkBytes + 4096)
    }

    private mutating func separate() {
        if fieldsInRow > 0 { bytes.append(UInt8(ascii: "\t")) }
        fieldsInRow += 1
    }

    public mutating func add(_ value: Int64) {
        separate()
        if value == 0 { bytes.append(UInt8(ascii: "0")); return }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // Digits from the magnitude as unsigned, so Int64.min does not overflow.
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while magnitude > 0 {
                d[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(d[i]) }
        }
    }

    /// Shortest text that reads back as the same double (Swift's `description`, which PostgreSQL accepts).
    public mutating func add(_ value: Double) {
        separate()
        bytes.append(contentsOf: value.description.utf8)
    }

    public mutating func add(_ value: String?) {
        separate()
        guard let value else { bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")]); return }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: bytes.append(byte)
            }
        }
    }

    public mutating func add(_ value: SQLValue) {
        switch value {
        case .null: add(nil as String?)
        case .integer(let i): add(i)
        case .real(let d): add(d)
        case .text(let s): add(s)
        }
    }

    /// Ends the row, sending the chunk when it is full.
    public mutating func endRow() throws {
        bytes.append(UInt8(ascii: "\n"))
        fieldsInRow = 0
        if bytes.count >= Self.chunkBytes { try flush() }
    }

    mutating func flush() throws {
        guard !bytes.isEmpty else { return }
        try send(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
