import OneScreenTestSupport
import Testing

/// `onescreen snapshot --page NAME [--select ID]` from the real binary: every page at three sizes in both languages,
/// every line exactly W columns.
@Suite(.serialized) struct PageSnapshotTests {
    let dir = TemporaryDirectory("page-snapshots")

    static let pages: [[String]] = [
        ["overview"], ["quality"], ["quality", PageStoreFixture.lot], ["customers"], ["customers", PageStoreFixture.customer],
        ["contracts"], ["contracts", PageStoreFixture.contract], ["marketing"], ["alerts"], ["sources"],
    ]

    @Test func everyPageAtEverySizeInBothLanguages() throws {
        let store = try PageStoreFixture.make(in: dir)
        for page in Self.pages {
            for (width, height) in [(80, 24), (120, 40), (200, 60)] {
                for language in ["zh", "en"] {
                    var arguments = ["snapshot", "--store", store, "--page", page[0], "--size", "\(width)x\(height)", "--lang", language]
                    if page.count > 1 { arguments += ["--select", page[1]] }
                    let result = try BuiltBinary.run(arguments)
                    #expect(result.status == 0, "\(page) \(result.stderr)")
                    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                    #expect(lines.count == height, "\(page) \(width)x\(height) \(language)")
                    for line in lines {
                        #expect(TerminalColumns.width(of: String(line)) == width, "\(page) \(width)x\(height) \(language): \(line)")
                    }
                    if page.count > 1 { #expect(!result.stdout.contains("not found") && !result.stdout.contains("未找到"), "\(page)") }
                }
            }
        }
    }
}
