import OneScreenCore
import Testing

/// The audit trail names a config by its SHA-256, so an auditor can check a file with `sha256sum`.
@Suite("Config hash")
struct ConfigHashTests {
    @Test("the digest is the one sha256sum prints, for empty, short and multi-block input")
    func digestMatchesTheStandardVectors() throws {
        #expect(try SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(try SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(try SHA256.hex(Array("store: 一屏尽览.sqlite\n".utf8)).count == 64)
    }
}
