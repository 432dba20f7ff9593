import Foundation

/// Display width by the C library's `wcwidth`, as a terminal measures it: an independent check of our own width
/// table, not a copy of it.
public enum TerminalColumns {
    private static let localeReady: Bool = {
        setlocale(LC_CTYPE, "C.UTF-8") != nil
    }()

    /// glibc declares `wcwidth` only under `_XOPEN_SOURCE`, which Swift's Glibc module does not set; look it up.
    private static let wcwidth: @convention(c) (Int32) -> Int32 = {
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth")!
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    public static func width(of line: String) -> Int {
        precondition(localeReady, "C.UTF-8 locale missing")
        return line.unicodeScalars.reduce(0) { total, scalar in
            total + max(0, Int(wcwidth(Int32(bitPattern: scalar.value))))
        }
    }

    /// The display column where each occurrence of `character` starts on `line`.
    public static func columns(of character: Character, in line: String) -> [Int] {
        var column = 0
        var found: [Int] = []
        for item in line {
            if item == character { found.append(column) }
            column += width(of: String(item))
        }
        return found
    }
}
