/// Writes an `Encodable` value in the wire's binary form (`WireTag`), straight into bytes: no tree of values in
/// between, no number formatting, no escaping. Keys are written with their values, so the form says what it holds
/// as JSON does and any `Codable` conformance round-trips, synthesized or written by hand.
public enum WireEncoder {
    /// The binary form of `value`.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try encode(value, appendingTo: &bytes)
        return bytes
    }

    /// Appends the binary form of `value` to `bytes` (after a frame's header, say) without copying them.
    public static func encode<T: Encodable>(_ value: T, appendingTo bytes: inout [UInt8]) throws {
        let writer = WireWriter()
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        try writer.encodeValue(value)
        try writer.closeAll()
    }
}

/// The encoder behind `WireEncoder`. Values are written in the order `encode(to:)` gives them; a container's size and
/// count are filled in when the next write to an outer container (or the end) shows it is finished.
final class WireWriter: Encoder {
    var bytes: [UInt8] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// A container still being written: where its header is, how many values it holds so far, and which one it is.
    struct Open {
        var header: Int
        var count: Int
        var id: Int
    }

    /// Which open container a container value writes to; a write after it was closed is an error, never a mix-up.
    struct Slot {
        let index: Int
        let id: Int
    }

    /// The containers begun and not finished, innermost last.
    private var open: [Open] = []
    private var nextID = 0
    /// Where the value being encoded starts: a second container asked for by the same value is the first one.
    private var valueStart = 0

    func encodeValue<T: Encodable>(_ value: T) throws {
        let start = bytes.count
        let outer = valueStart
        valueStart = start
        defer { valueStart = outer }
        try value.encode(to: self)
        // A value that wrote nothing (as JSON's `{}`): the reader must still find a value here.
        if bytes.count == start { _ = begin(.object) }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(WireKeyedWriter<Key>(writer: self, slot: slot(.object)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { WireUnkeyedWriter(writer: self, slot: slot(.array)) }

    func singleValueContainer() -> any SingleValueEncodingContainer { WireSingleValueWriter(writer: self) }

    /// The container the value being encoded already began, or a new one.
    private func slot(_ tag: WireTag) -> Slot {
        if valueStart < bytes.count, bytes[valueStart] == tag.rawValue,
           let index = open.lastIndex(where: { $0.header == valueStart }) {
            return Slot(index: index, id: open[index].id)
        }
        return begin(tag)
    }

    func begin(_ tag: WireTag) -> Slot {
        nextID += 1
        open.append(Open(header: bytes.count, count: 0, id: nextID))
        bytes.append(tag.rawValue)
        bytes.append(contentsOf: repeatElement(0, count: WireTag.containerHeaderBytes - 1))
        return Slot(index: open.count - 1, id: nextID)
    }

    /// Starts one more value (or entry) of the container at `slot`, finishing the containers inside it first.
    func beginEntry(_ slot: Slot) throws {
        guard slot.index < open.count, open[slot.index].id == slot.id else {
            throw EncodingError.invalidValue((), EncodingError.Context(codingPath: [], debugDescription: "a container was written to after it was finished"))
        }
        while open.count > slot.index + 1 { try closeInnermost() }
        open[slot.index].count += 1
    }

    func closeAll() throws {
        while !open.isEmpty { try closeInnermost() }
    }

    private func closeInnermost() throws {
        let finished = open.removeLast()
        let size = bytes.count - finished.header - WireTag.containerHeaderBytes
        guard let size32 = UInt32(exactly: size), let count32 = UInt32(exactly: finished.count) else {
            throw EncodingError.invalidValue((), EncodingError.Context(codingPath: [], debugDescription: "a container of \(size) bytes is too large"))
        }
        put32(size32, at: finished.header + 1)
        put32(count32, at: finished.header + 5)
    }

    private func put32(_ value: UInt32, at offset: Int) {
        bytes[offset] = UInt8(truncatingIfNeeded: value)
        bytes[offset + 1] = UInt8(truncatingIfNeeded: value >> 8)
        bytes[offset + 2] = UInt8(truncatingIfNeeded: value >> 16)
        bytes[offset + 3] = UInt8(truncatingIfNeeded: value >> 24)
    }

    // MARK: values

    func writeKey(_ key: some CodingKey) {
        var name = key.stringValue
        name.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func writeNil() { bytes.append(WireTag.null.rawValue) }

    func write(_ value: Bool) { bytes.append(value ? WireTag.true.rawValue : WireTag.false.rawValue) }

    func write(_ value: String) {
        bytes.append(WireTag.string.rawValue)
        var value = value
        value.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func write(_ value: Double) {
        bytes.append(WireTag.double.rawValue)
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    func write<T: FixedWidthInteger>(_ value: T) {
        if T.isSigned {
            let wide = Int64(value)
            bytes.append(WireTag.int.rawValue)
            writeVarint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
        } else {
            bytes.append(WireTag.uint.rawValue)
            writeVarint(UInt64(value))
        }
    }

    private func writeVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}

/// An object's entries. Absent optionals are written as null rather than left out, so a reader asking for the keys
/// in the order they were written finds each one next.
struct WireKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: WireWriter
    let slot: WireWriter.Slot
    var codingPath: [any CodingKey] { [] }

    private func entry(_ key: Key) throws {
        try writer.beginEntry(slot)
        writer.writeKey(key)
    }

    private func present<T>(_ value: T?, _ key: Key, _ write: (T) throws -> Void) throws {
        try entry(key)
        if let value { try write(value) } else { writer.writeNil() }
    }

    mutating func encodeNil(forKey key: Key) throws { try entry(key); writer.writeNil() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try entry(key); writer.write(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try entry(key); writer.write(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try entry(key); try writer.encodeValue(value) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value, key) { writer.write(Double($0)) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value, key) { writer.write($0) } }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        try present(value, key) { try writer.encodeValue($0) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        // The protocol gives this no way to throw: a container finished already fails at its next write instead.
        try? entry(key)
        return KeyedEncodingContainer(WireKeyedWriter<NestedKey>(writer: writer, slot: writer.begin(.object)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        try? entry(key)
        return WireUnkeyedWriter(writer: writer, slot: writer.begin(.array))
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        try? writer.beginEntry(slot)
        writer.writeKey(WireKey(name))
        return WireSuperEncoder(writer: writer)
    }
}

/// An array's elements.
struct WireUnkeyedWriter: UnkeyedEncodingContainer {
    let writer: WireWriter
    let slot: WireWriter.Slot
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(writer: WireWriter, slot: WireWriter.Slot) {
        self.writer = writer
        self.slot = slot
    }

    private mutating func element() throws {
        try writer.beginEntry(slot)
        count += 1
    }

    mutating func encodeNil() throws { try element(); writer.writeNil() }
    mutating func encode(_ value: Bool) throws { try element(); writer.write(value) }
    mutating func encode(_ value: String) throws { try element(); writer.write(value) }
    mutating func encode(_ value: Double) throws { try element(); writer.write(value) }
    mutating func encode(_ value: Float) throws { try element(); writer.write(Double(value)) }
    mutating func encode(_ value: Int) throws { try element(); writer.write(value) }
    mutating func encode(_ value: Int8) throws { try element(); writer.write(value) }
    mutating func encode(_ value: Int16) throws { try element(); writer.write(value) }
    mutating func encode(_ value: Int32) throws { try element(); writer.write(value) }
    mutating func encode(_ value: Int64) throws { try element(); writer.write(value) }
    mutating func encode(_ value: UInt) throws { try element(); writer.write(value) }
    mutating func encode(_ value: UInt8) throws { try element(); writer.write(value) }
    mutating func encode(_ value: UInt16) throws { try element(); writer.write(value) }
    mutating func encode(_ value: UInt32) throws { try element(); writer.write(value) }
    mutating func encode(_ value: UInt64) throws { try element(); writer.write(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try element(); try writer.encodeValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        try? element()
        return KeyedEncodingContainer(WireKeyedWriter<NestedKey>(writer: writer, slot: writer.begin(.object)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        try? element()
        return WireUnkeyedWriter(writer: writer, slot: writer.begin(.array))
    }

    mutating func superEncoder() -> any Encoder {
        try? element()
        return WireSuperEncoder(writer: writer)
    }
}

/// A value on its own (a raw-value enum's raw value, an optional's wrapped value).
struct WireSingleValueWriter: SingleValueEncodingContainer {
    let writer: WireWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { writer.writeNil() }
    mutating func encode(_ value: Bool) throws { writer.write(value) }
    mutating func encode(_ value: String) throws { writer.write(value) }
    mutating func encode(_ value: Double) throws { writer.write(value) }
    mutating func encode(_ value: Float) throws { writer.write(Double(value)) }
    mutating func encode(_ value: Int) throws { writer.write(value) }
    mutating func encode(_ value: Int8) throws { writer.write(value) }
    mutating func encode(_ value: Int16) throws { writer.write(value) }
    mutating func encode(_ value: Int32) throws { writer.write(value) }
    mutating func encode(_ value: Int64) throws { writer.write(value) }
    mutating func encode(_ value: UInt) throws { writer.write(value) }
    mutating func encode(_ value: UInt8) throws { writer.write(value) }
    mutating func encode(_ value: UInt16) throws { writer.write(value) }
    mutating func encode(_ value: UInt32) throws { writer.write(value) }
    mutating func encode(_ value: UInt64) throws { writer.write(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try writer.encodeValue(value) }
}

/// The encoder a superclass writes its part with, at the entry just begun; an empty part is written as `{}`.
struct WireSuperEncoder: Encoder {
    let writer: WireWriter
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(WireKeyedWriter<Key>(writer: writer, slot: writer.begin(.object)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { WireUnkeyedWriter(writer: writer, slot: writer.begin(.array)) }
    func singleValueContainer() -> any SingleValueEncodingContainer { WireSingleValueWriter(writer: writer) }
}

/// A key made from a name: `super`, or a key a reader lists back.
struct WireKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
