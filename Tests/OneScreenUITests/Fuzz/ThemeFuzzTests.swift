import OneScreenTestSupport
import Testing
@testable import OneScreenUI

/// The theme loader under the seeded mutation fuzzer (see `MutationFuzzer`), seeded with the shipped themes: any
/// file gives a theme (the default for what it cannot read) and located errors, never a crash.
@Suite struct ThemeFuzzTests {
    @Test func themeLoader() {
        var fuzzer = MutationFuzzer(corpus: MutationFuzzer.corpus(["themes"], suffixes: [".yaml"], lines: false), seed: 16)
        let ran = fuzzer.run { input in
            _ = ThemeLoader.parse(String(decoding: input, as: UTF8.self), path: "fuzz.yaml")
        }
        #expect(ran > 0)
    }
}
