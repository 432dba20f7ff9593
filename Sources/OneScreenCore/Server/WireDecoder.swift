/// Reads a `Decodable` value from the wire's binary form (`WireTag`), straight from the bytes. Whatever the bytes are
/// (truncated, forged, random) the answer is the value or a `DecodingError`: every length is checked against what
/// holds it before it is used, and nothing is allocated by a count the bytes cannot back.
public enum WireDecoder {
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let reader = WireReader(bytes: bytes)
        guard try reader.end(ofValueAt: 0, within: bytes.count) == bytes.count else {
            throw reader.corrupt("bytes after the value", at: 0)
        }
        return try reader.decodeValue(type, at: 0)
    }
}

/// The decoder behind `WireDecoder`: one for the whole value, pointed at each value in turn as it is decoded.
final class WireReader: Decoder {
    let bytes: [UInt8]
    /// Where the value being decoded starts.
    private var position = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    func decodeValue<T: Decodable>(_ type: T.Type, at offset: Int) throws -> T {
        let outer = position
        position = offset
        defer { position = outer }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try keyedContainer(Key.self, at: position)
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try unkeyedContainer(at: position) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { WireSingleValueReader(reader: self, at: position) }

    func keyedContainer<Key: CodingKey>(_ type: Key.Type, at offset: Int) throws -> KeyedDecodingContainer<Key> {
        let (start, end, count) = try container(.object, at: offset)
        return KeyedDecodingContainer(WireKeyedReader<Key>(reader: self, start: start, end: end, count: count))
    }

    func unkeyedContainer(at offset: Int) throws -> WireUnkeyedReader {
        let (start, end, count) = try container(.array, at: offset)
        return WireUnkeyedReader(reader: self, cursor: start, end: end, count: count)
    }

    func corrupt(_ what: String, at offset: Int) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "\(what) at byte \(offset)"))
    }

    // MARK: layout

    private func tag(at offset: Int) throws -> WireTag {
        guard offset < bytes.count else { throw corrupt("no value", at: offset) }
        guard let tag = WireTag(rawValue: bytes[offset]) else { throw corrupt("an unknown tag \(bytes[offset])", at: offset) }
        return tag
    }

    /// A container's payload and count, after checking that its header says it is one and that it fits.
    private func container(_ expected: WireTag, at offset: Int) throws -> (start: Int, end: Int, count: Int) {
        guard try tag(at: offset) == expected else { throw corrupt("not an \(expected)", at: offset) }
        let start = offset + WireTag.containerHeaderBytes
        guard start <= bytes.count else { throw corrupt("a cut container header", at: offset) }
        let size = read32(at: offset + 1), count = read32(at: offset + 5)
        // Every element takes a byte at least, every entry two: a count beyond that is forged.
        guard size <= bytes.count - start, count <= size / (expected == .object ? 2 : 1) else {
            throw corrupt("a container larger than the bytes holding it", at: offset)
        }
        return (start, start + size, count)
    }

    private func read32(at offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }

    /// The LEB128 number at `offset` and where it ends, within `limit`.
    private func varint(at offset: Int, within limit: Int) throws -> (value: UInt64, end: Int) {
        var value: UInt64 = 0, shift: UInt64 = 0, at = offset
        while true {
            guard at < limit else { throw corrupt("a cut number", at: offset) }
            let byte = bytes[at]
            at += 1
            guard shift < 63 || (shift == 63 && byte <= 1) else { throw corrupt("a number over 64 bits", at: offset) }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return (value, at) }
            shift += 7
        }
    }

    /// A byte count at `offset` and where the bytes it counts start, checked to fit within `limit`.
    func length(at offset: Int, within limit: Int) throws -> (count: Int, start: Int) {
        let (count, start) = try varint(at: offset, within: limit)
        guard count <= UInt64(limit - start) else { throw corrupt("a length beyond its container", at: offset) }
        return (Int(count), start)
    }

    /// Where the value at `offset` ends, checked to be within `limit`: a container's size makes this constant time.
    func end(ofValueAt offset: Int, within limit: Int) throws -> Int {
        guard offset < limit else { throw corrupt("no value", at: offset) }
        let end: Int
        switch try tag(at: offset) {
        case .null, .false, .true: end = offset + 1
        case .int, .uint: end = try varint(at: offset + 1, within: limit).end
        case .double: end = offset + 9
        case .string:
            let (count, start) = try length(at: offset + 1, within: limit)
            end = start + count
        case .array, .object:
            guard offset + WireTag.containerHeaderBytes <= limit else { throw corrupt("a cut container header", at: offset) }
            end = offset + WireTag.containerHeaderBytes + read32(at: offset + 1)
        }
        guard end <= limit else { throw corrupt("a value beyond its container", at: offset) }
        return end
    }

    // MARK: values

    func isNil(at offset: Int) -> Bool { offset < bytes.count && bytes[offset] == WireTag.null.rawValue }

    func bool(at offset: Int) throws -> Bool {
        switch try tag(at: offset) {
        case .true: return true
        case .false: return false
        default: throw corrupt("not a boolean", at: offset)
        }
    }

    func string(at offset: Int) throws -> String {
        guard try tag(at: offset) == .string else { throw corrupt("not a string", at: offset) }
        let (count, start) = try length(at: offset + 1, within: bytes.count)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start ..< start + count]), as: UTF8.self) }
    }

    func double(at offset: Int) throws -> Double {
        guard try tag(at: offset) == .double, offset + 9 <= bytes.count else { throw corrupt("not a double", at: offset) }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(bytes[offset + 1 + index]) << UInt64(8 * index) }
        return Double(bitPattern: bits)
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) throws -> T {
        let kind = try tag(at: offset)
        let value: T?
        switch kind {
        case .int:
            let zigzag = try varint(at: offset + 1, within: bytes.count).value
            value = T(exactly: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
        case .uint: value = T(exactly: try varint(at: offset + 1, within: bytes.count).value)
        default: throw corrupt("not an integer", at: offset)
        }
        guard let value else { throw corrupt("an integer out of range for \(T.self)", at: offset) }
        return value
    }
}

/// An object's entries, looked up by key. Keys come in the order they were written, which is the order a synthesized
/// `init(from:)` asks for them: the entry after the last one found is tried first, the whole object only on a miss.
final class WireKeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: WireReader
    let start: Int
    let end: Int
    let count: Int
    /// The entry after the last one found.
    private var cursor: Int

    init(reader: WireReader, start: Int, end: Int, count: Int) {
        self.reader = reader
        self.start = start
        self.end = end
        self.count = count
        cursor = start
    }

    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        var keys: [Key] = []
        var at = start
        for _ in 0..<count {
            guard let (name, value) = try? nameAndValue(at: at), let next = try? reader.end(ofValueAt: value, within: end) else { break }
            if let key = Key(stringValue: name) { keys.append(key) }
            at = next
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { (try? scan(for: key.stringValue)) != nil }

    private func nameAndValue(at offset: Int) throws -> (name: String, value: Int) {
        let (length, from) = try reader.length(at: offset, within: end)
        let name = reader.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from ..< from + length]), as: UTF8.self) }
        return (name, from + length)
    }

    /// Where the value of the entry at `offset` starts if its key is `name`, else nil.
    private func value(at offset: Int, ifNamed name: inout String) throws -> Int? {
        let (length, from) = try reader.length(at: offset, within: end)
        let same = name.withUTF8 { utf8 in
            utf8.count == length && reader.bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[from ..< from + length]).elementsEqual(utf8) }
        }
        return same ? from + length : nil
    }

    /// Where the value of `name` starts and where its entry ends, or nil when the object has no such key.
    private func scan(for name: String) throws -> (value: Int, next: Int)? {
        var name = name
        if cursor < end, let value = try value(at: cursor, ifNamed: &name) {
            return (value, try reader.end(ofValueAt: value, within: end))
        }
        var at = start
        for _ in 0..<count {
            guard at < end else { throw reader.corrupt("fewer entries than counted", at: at) }
            let (length, from) = try reader.length(at: at, within: end)
            let next = try reader.end(ofValueAt: from + length, within: end)
            if let value = try value(at: at, ifNamed: &name) { return (value, next) }
            at = next
        }
        return nil
    }

    private func find(_ key: Key) throws -> Int? {
        guard let (value, next) = try scan(for: key.stringValue) else { return nil }
        cursor = next
        return value
    }

    private func required(_ key: Key) throws -> Int {
        guard let value = try find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: [], debugDescription: "no \(key.stringValue) in the object at byte \(start)"))
        }
        return value
    }

    private func present(_ key: Key) throws -> Int? {
        guard let value = try find(key), !reader.isNil(at: value) else { return nil }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { reader.isNil(at: try required(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader.bool(at: try required(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader.string(at: try required(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader.double(at: try required(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try reader.double(at: try required(key))) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader.integer(type, at: try required(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.integer(type, at: try required(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader.integer(type, at: try required(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader.integer(type, at: try required(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader.integer(type, at: try required(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.integer(type, at: try required(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader.integer(type, at: try required(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader.integer(type, at: try required(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader.integer(type, at: try required(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader.integer(type, at: try required(key)) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try reader.decodeValue(type, at: try required(key)) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map(reader.bool) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map(reader.string) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key).map(reader.double) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(key).map { Float(try reader.double(at: $0)) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present(key).map { try reader.integer(type, at: $0) } }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present(key).map { try reader.decodeValue(type, at: $0) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try reader.keyedContainer(type, at: try required(key))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try reader.unkeyedContainer(at: try required(key)) }

    func superDecoder() throws -> any Decoder {
        guard let (value, next) = try scan(for: "super") else { throw reader.corrupt("no super in the object", at: start) }
        cursor = next
        return WireReader(bytes: reader.bytes, position: value)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { WireReader(bytes: reader.bytes, position: try required(key)) }
}

/// An array's elements, in order.
struct WireUnkeyedReader: UnkeyedDecodingContainer {
    let reader: WireReader
    private var cursor: Int
    let end: Int
    let total: Int
    private(set) var currentIndex = 0

    init(reader: WireReader, cursor: Int, end: Int, count: Int) {
        self.reader = reader
        self.cursor = cursor
        self.end = end
        total = count
    }

    var codingPath: [any CodingKey] { [] }
    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    private mutating func next() throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: [], debugDescription: "past the array's \(total) elements"))
        }
        let value = cursor
        cursor = try reader.end(ofValueAt: value, within: end)
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, reader.isNil(at: cursor) else { return false }
        _ = try next()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: try next()) }
    mutating func decode(_ type: String.Type) throws -> String { try reader.string(at: try next()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try reader.double(at: try next()) }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(try reader.double(at: try next())) }
    mutating func decode(_ type: Int.Type) throws -> Int { try reader.integer(type, at: try next()) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type, at: try next()) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type, at: try next()) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type, at: try next()) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type, at: try next()) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type, at: try next()) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type, at: try next()) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type, at: try next()) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type, at: try next()) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type, at: try next()) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decodeValue(type, at: try next()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try reader.keyedContainer(type, at: try next())
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try reader.unkeyedContainer(at: try next()) }

    mutating func superDecoder() throws -> any Decoder { WireReader(bytes: reader.bytes, position: try next()) }
}

/// A value on its own (a raw-value enum's raw value, an optional's wrapped value).
struct WireSingleValueReader: SingleValueDecodingContainer {
    let reader: WireReader
    let at: Int
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { reader.isNil(at: at) }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: at) }
    func decode(_ type: String.Type) throws -> String { try reader.string(at: at) }
    func decode(_ type: Double.Type) throws -> Double { try reader.double(at: at) }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double(at: at)) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(type, at: at) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type, at: at) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type, at: at) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type, at: at) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type, at: at) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type, at: at) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type, at: at) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type, at: at) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type, at: at) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type, at: at) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decodeValue(type, at: at) }
}
