import Glibc
@testable import OneScreenUI

/// Draws `widget` on a fresh `width` x `height` screen and returns the rows as text.
func render(_ widget: some Widget, width: Int, height: Int, glyphs: Glyphs = .unicode) -> [String] {
    var screen = Screen(width: width, height: height)
    widget.render(in: screen.area, on: &screen, glyphs: glyphs)
    return screen.lines()
}

/// Display width as the C library measures it, scalar by scalar: an independent check of `DisplayWidth`, which has a
/// table of its own. Returns nil when the C library calls any scalar unprintable.
func wcwidthColumns(_ text: String) -> Int? {
    CLibraryLocale.ensureUTF8()
    var total = 0
    for scalar in text.unicodeScalars {
        let width = c_wcwidth(wchar_t(bitPattern: scalar.value))
        guard width >= 0 else { return nil }
        total += Int(width)
    }
    return total
}

/// The display columns (by `wcwidth`) at which any of `characters` starts in `line`.
func columns(of characters: Set<Character>, in line: String) -> [Int] {
    var found: [Int] = []
    var column = 0
    for character in line {
        if characters.contains(character) { found.append(column) }
        column += wcwidthColumns(String(character)) ?? 0
    }
    return found
}

/// The character starting at display column `target` of `line` (by `wcwidth`), or nil inside a wide character.
func character(atColumn target: Int, in line: String) -> Character? {
    var column = 0
    for character in line {
        if column == target { return character }
        column += wcwidthColumns(String(character)) ?? 0
        if column > target { return nil }
    }
    return nil
}

/// glibc declares `wcwidth` only under `_XOPEN_SOURCE`, which the Glibc module does not set; the symbol is there.
@_silgen_name("wcwidth")
private func c_wcwidth(_ character: wchar_t) -> Int32

/// `wcwidth` answers by the C locale's character set, so the process must be in a UTF-8 locale before the first call.
enum CLibraryLocale {
    private static let configured: Bool = {
        setlocale(LC_ALL, "C.UTF-8") != nil
    }()

    static func ensureUTF8() {
        precondition(configured, "C.UTF-8 locale is not available")
    }
}
