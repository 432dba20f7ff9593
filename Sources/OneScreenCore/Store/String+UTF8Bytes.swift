extension String {
    /// Byte equality of the UTF-8, as SQLite compares text; cheaper than `==`, which normalizes non-ASCII text.
    func hasSameUTF8(as other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }

    /// Feeds the UTF-8 bytes, then the length (so that ("ab", "c") and ("a", "bc") differ), to `hasher`.
    func hashUTF8(into hasher: inout Hasher) {
        let hashed: Void? = utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for byte in utf8 { hasher.combine(byte) } }
        hasher.combine(utf8.count)
    }
}
