/// Splits a JSON array into the exact bytes of its elements without decoding them, so each element reaches the
/// ingest parser as written (numbers keep their digits) and gets that parser's located error messages.
enum JSONArraySplitter {
    /// The elements of the array in `bytes`, or nil when `bytes` is not one well-nested array.
    static func elements(_ bytes: [UInt8]) -> [ArraySlice<UInt8>]? {
        guard let open = bytes.firstIndex(where: { !isSpace($0) }), bytes[open] == UInt8(ascii: "[") else { return nil }
        var elements: [ArraySlice<UInt8>] = []
        var depth = 0
        var inString = false
        var escaped = false
        var start = open + 1
        var index = open + 1
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
            } else {
                switch byte {
                case 0x22: inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "}"): depth -= 1
                case UInt8(ascii: "]") where depth > 0: depth -= 1
                case UInt8(ascii: ",") where depth > 0: break
                case UInt8(ascii: "]"), UInt8(ascii: ","):
                    let element = trimmed(bytes[start..<index])
                    if !element.isEmpty { elements.append(element) }
                    if byte == UInt8(ascii: "]") {
                        return bytes[(index + 1)...].allSatisfy(isSpace) ? elements : nil
                    }
                    start = index + 1
                default: break
                }
            }
            index += 1
        }
        return nil
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    static func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = slice
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }
}
