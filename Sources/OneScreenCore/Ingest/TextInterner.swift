#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The strings of one input's field values, kept by their bytes: a feed repeats its metrics, sites, units, lots and
/// (across series) its times row after row, and a repeat found here costs a hash and a compare instead of a
/// validation, an allocation and a free. Every row of the same site then also carries the same string, which the
/// writer's series lookup compares in memory that is already in cache.
///
/// Bounded: when full it starts over, so an input of ever-new values (ids, free text) holds at most `capacity`.
final class TextInterner {
    /// Enough for every site of a feed of 100,000 series (50,000 sites) and the values around them.
    static let capacity = 1 << 16

    /// Bytes owned by the table, or borrowed from the line being parsed for a lookup; equal by content.
    private enum Key: Hashable {
        case owned([UInt8])
        case borrowed(UnsafeBufferPointer<UInt8>)

        func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            switch self {
            case .owned(let bytes): bytes.withUnsafeBufferPointer(body)
            case .borrowed(let bytes): body(bytes)
            }
        }

        func hash(into hasher: inout Hasher) { withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) } }

        static func == (a: Key, b: Key) -> Bool {
            a.withBytes { x in
                b.withBytes { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
            }
        }
    }

    private var strings: [Key: String] = [:]

    init() {}

    /// The string of `bytes`; nil when they are not valid UTF-8.
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if let known = strings[.borrowed(bytes)] { return known }
        guard let s = UTF8Validation.string(bytes) else { return nil }
        if strings.count >= Self.capacity { strings.removeAll(keepingCapacity: true) }
        strings[.owned(Array(bytes))] = s
        return s
    }
}
