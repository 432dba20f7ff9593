import Foundation

/// Display width by the C library's `wcwidth`, as a terminal (and ncurses) measures it: an independent check of our
/// own width table, not a copy of it.
public enum TerminalColumns {
    /// `wcwidth` answers by the C locale's character set, so the process must be in a UTF-8 locale first.
    private static let localeReady: Bool = {
        setlocale(LC_CTYPE, "C.UTF-8") != nil
    }()

    /// glibc declares `wcwidth` only under `_XOPEN_SOURCE`, which Swift's Glibc module does not set; look it up.
    private static let wcwidth: @convention(c) (Int32) -> Int32 = {
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth")!
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// The columns `text` takes, scalar by scalar; nil when the C library calls any scalar unprintable.
    public static func width(of text: String) -> Int? {
        precondition(localeReady, "C.UTF-8 locale missing")
        var total = 0
        for scalar in text.unicodeScalars {
            let width = wcwidth(Int32(bitPattern: scalar.value))
            guard width >= 0 else { return nil }
            total += Int(width)
        }
        return total
    }

    /// The display columns at which any of `characters` starts in `line`.
    public static func columns(of characters: Set<Character>, in line: String) -> [Int] {
        var column = 0
        var found: [Int] = []
        for item in line {
            if characters.contains(item) { found.append(column) }
            column += width(of: String(item)) ?? 0
        }
        return found
    }

    /// The character starting at display column `target` of `line`, or nil inside a wide character.
    public static func character(atColumn target: Int, in line: String) -> Character? {
        var column = 0
        for item in line {
            if column == target { return item }
            column += width(of: String(item)) ?? 0
            if column > target { return nil }
        }
        return nil
    }

    /// The display column and row where `text` first appears in `lines`: where to click to hit it.
    public static func position(of text: String, in lines: [String]) -> (x: Int, y: Int)? {
        for (y, line) in lines.enumerated() {
            guard let range = line.range(of: text) else { continue }
            return (width(of: String(line[..<range.lowerBound])) ?? 0, y)
        }
        return nil
    }
}
