#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work on text as UTF-8 bytes, where ingest's hot paths need it: Swift's `String` operations honour Unicode
/// canonical equivalence, which normalizes non-ASCII text (every Chinese site name) on each hash and comparison,
/// and array copies of `utf8` cost an allocation per field.
extension StringProtocol {
    /// Runs `body` on the UTF-8 bytes, copying them only when the storage is not contiguous (native strings are).
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Byte equality of the UTF-8, as SQLite compares text.
    func hasSameUTF8(as other: some StringProtocol) -> Bool {
        withUTF8Bytes { a in
            other.withUTF8Bytes { b in a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
        }
    }

    /// Feeds the UTF-8 bytes, then the length (so that ("ab", "c") and ("a", "bc") differ), to `hasher`.
    func hashUTF8(into hasher: inout Hasher) {
        withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(utf8.count)
    }
}
