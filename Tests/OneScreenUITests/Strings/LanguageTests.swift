import Testing
@testable import OneScreenUI

@Suite("Language")
struct LanguageTests {
    @Test("LC_ALL, then LC_MESSAGES, then LANG; the first set and non-empty decides", arguments: [
        (["LANG": "zh_CN.UTF-8"], Language.zh),
        (["LANG": "en_US.UTF-8"], .en),
        (["LANG": "zh_TW.Big5"], .zh),
        (["LANG": "zh"], .zh),
        (["LC_ALL": "C", "LANG": "zh_CN.UTF-8"], .en),
        (["LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"], .zh),
        (["LC_MESSAGES": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"], .en),
        (["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"], .zh),
        (["LC_CTYPE": "zh_CN.UTF-8"], .en),
        ([:], .en),
        (["LANG": "POSIX"], .en),
    ])
    func fromEnvironment(environment: [String: String], expected: Language) {
        #expect(Language(environment: environment) == expected)
    }
}
