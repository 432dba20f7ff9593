/// A number written as JSON writes one (`-12`, `3.5`, `1.2e3`), with an optional `+` and spaces around it as
/// spreadsheets leave them. Stricter than `Double(_:)`, which also takes `0x1p3`, `inf` and `nan`: a CSV cell and
/// a JSON value of the same text must mean the same number, or nothing.
func decimalNumber(_ text: String) -> Double? {
    text.withUTF8Bytes { DecimalNumber.value(UnsafeBufferPointer(rebasing: DecimalNumber.trimmingSpaces($0))) }
}

/// Reads decimal numbers straight from UTF-8 bytes: every reading's value (and, in CSV, every time, which is tried
/// as epoch seconds first) is one, and making a `String` of it for `Double(_:)` cost more than the rest of its row's
/// checks.
enum DecimalNumber {
    /// The value of `bytes` when they are exactly a sign (optional), digits with an optional fraction, and an optional
    /// exponent; nil otherwise. Too large for a Double is infinite, as `Double(_:)` has it.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = bytes.count
        var i = 0
        var negative = false
        if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { negative = bytes[i] == UInt8(ascii: "-"); i += 1 }
        var mantissa: UInt64 = 0
        var significant = 0, digits = 0, fractionDigits = 0
        while i < n, isDigit(bytes[i]) {
            accumulate(bytes[i], &mantissa, &significant)
            digits += 1; i += 1
        }
        if i < n, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, isDigit(bytes[i]) {
                accumulate(bytes[i], &mantissa, &significant)
                digits += 1; fractionDigits += 1; i += 1
            }
        }
        guard digits > 0 else { return nil }
        var exponent = 0, exponentDigits = 0
        if i < n, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var negativeExponent = false
            if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { negativeExponent = bytes[i] == UInt8(ascii: "-"); i += 1 }
            while i < n, isDigit(bytes[i]) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[i] - 48) }
                exponentDigits += 1; i += 1
            }
            guard exponentDigits > 0 else { return nil }
            if negativeExponent { exponent = -exponent }
        }
        guard i == n else { return nil }
        // Clinger's fast path: a mantissa below 2^53 and a power of ten up to 1e22 are both exact Doubles, so one
        // multiplication or division rounds once, correctly. Anything else goes to the full conversion.
        let scale = exponent - fractionDigits
        if significant <= 15, scale >= -22, scale <= 22 {
            let m = Double(mantissa)
            let d = scale >= 0 ? m * powersOfTen[scale] : m / powersOfTen[-scale]
            return negative ? -d : d
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// Digits after leading zeros count towards the 15 a Double holds exactly; past them the fast path is off.
    @inline(__always)
    private static func accumulate(_ digit: UInt8, _ mantissa: inout UInt64, _ significant: inout Int) {
        guard significant > 0 || digit != UInt8(ascii: "0") else { return }
        significant += 1
        if significant <= 15 { mantissa = mantissa * 10 + UInt64(digit - 48) }
    }

    private static let powersOfTen: [Double] = (0...22).map { exactPowerOfTen($0) }

    private static func exactPowerOfTen(_ k: Int) -> Double {
        var d = 1.0
        for _ in 0..<k { d *= 10 }
        return d
    }

    /// `bytes` without the spaces a spreadsheet leaves around a cell's number.
    static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return bytes[start..<end]
    }
}
