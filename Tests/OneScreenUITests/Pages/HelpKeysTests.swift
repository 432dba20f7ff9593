import Foundation
import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

/// The help lists every key of the page, and the list is not kept by hand: every key the navigation (or the app)
/// answers to on a page, found by pressing every key there is, must be in that page's help, and the help must show
/// every one of its keys whole at every size, 60x16 included, in both languages.
struct HelpKeysTests {
    /// Every key a terminal can send that the dashboard reads: printable ASCII, the named keys, Ctrl and a letter.
    static let universe: [Key] = (32...126).map { Key.character(Character(UnicodeScalar(UInt8($0)))) }
        + [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab]
        + "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) }

    /// How the help names `key`.
    static func token(_ key: Key) -> String {
        switch key {
        case .character(let character): String(character)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Bksp"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .function(let number): "F\(number)"
        }
    }

    /// The keys a help entry names: `↑↓ j k` is ↑, ↓, j and k; `1-7` each digit; `/L1-L4` is `/`.
    static func tokens(_ entry: String) -> Set<String> {
        var found: Set<String> = []
        for word in entry.split(separator: " ").map(String.init) {
            if word.allSatisfy({ "↑↓←→".contains($0) }) {
                found.formUnion(word.map { String($0) })
            } else if let dash = word.firstIndex(of: "-"), let low = Int(word[..<dash]), let high = Int(word[word.index(after: dash)...]) {
                found.formUnion((low...high).map { "\($0)" })
            } else if word.hasPrefix("/") {
                found.insert("/")
            } else {
                found.insert(word)
            }
        }
        return found
    }

    @Test("every key a page answers to is in its help", arguments: PageFixture.pages.indices, Language.allCases)
    func handledKeysAreListed(index: Int, language: Language) {
        let page = PageFixture.pages[index]
        let rowIDs = PageView.rowIDs(of: page.snapshot, navigation: page.navigation, language: language)
        let sorting = PageView.sorting(of: page.snapshot, navigation: page.navigation, language: language)
        let listed = PageView.help(of: page.snapshot, navigation: page.navigation, language: language)
        let tokens = listed.reduce(into: Set<String>()) { $0.formUnion(Self.tokens($1.key)) }
        for key in Self.universe {
            var navigation = page.navigation
            let handled = navigation.handle(key, rowIDs: rowIDs, sorting: sorting) || AppKey(key) != nil
            if handled { #expect(tokens.contains(Self.token(key)), "\(page.name): \(Self.token(key)) works but the help does not say so") }
        }
    }

    @Test("the help shows every one of its keys whole, beside its text, at every size", arguments: PageFixture.pages.indices, Language.allCases)
    func everyKeyShows(index: Int, language: Language) {
        let page = PageFixture.pages[index]
        let listed = PageView.help(of: page.snapshot, navigation: page.navigation, language: language)
        var navigation = page.navigation
        navigation.showsHelp = true
        for (width, height) in [(60, 16), (80, 24), (120, 40), (200, 60)] {
            let lines = PageView(snapshot: page.snapshot, navigation: navigation, language: language, role: "executive")
                .screen(width: width, height: height, glyphs: .unicode).lines()
            for line in lines { #expect(TerminalColumns.width(of: line) == width) }
            for entry in listed {
                // The key as a word of its own, then blanks, then the start of its text.
                let shown = lines.contains { line in
                    var rest = Substring(line)
                    while let range = rest.range(of: " " + entry.key + " ") {
                        let after = rest[range.upperBound...].drop { $0 == " " }
                        if after.first.map({ String($0) }) == entry.text.first.map({ String($0) }) { return true }
                        rest = rest[range.upperBound...]
                    }
                    return false
                }
                #expect(shown, "\(page.name) \(width)x\(height): \(entry.key) \(entry.text)\n\(lines.joined(separator: "\n"))")
            }
        }
    }
}
