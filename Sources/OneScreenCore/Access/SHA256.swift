import CCrypto

/// SHA-256, for the audit trail's record of which config was in force: the same hex as `sha256sum`, so an auditor
/// can check a file against the trail. OpenSSL's libcrypto computes it (Debian's libssl3, on every machine), opened
/// when a digest is first asked for rather than linked (see `SharedLibrary`): only a server takes a config's digest.
public enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex<Bytes: Collection>(_ bytes: Bytes) throws(MissingLibrary) -> String where Bytes.Element == UInt8 {
        let crypto = try Libcrypto.shared.get()
        let message = Array(bytes)
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let done = message.withUnsafeBytes { buffer in
            crypto.digest(buffer.baseAddress, buffer.count, &digest, &length, crypto.sha256(), nil)
        }
        // EVP_Digest fails only when memory runs out; a digest that cannot be made must not pass for one.
        precondition(done == 1, "SHA-256 digest failed")
        return digest.prefix(Int(length)).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}

/// The two libcrypto functions a digest needs, resolved from `libcrypto.so.3` once.
struct Libcrypto: @unchecked Sendable {
    let digest: @convention(c) (UnsafeRawPointer?, Int, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt32>?,
                                OpaquePointer?, OpaquePointer?) -> Int32
    let sha256: @convention(c) () -> OpaquePointer?

    static let shared = Result<Libcrypto, MissingLibrary> { () throws(MissingLibrary) in
        let library = try SharedLibrary.open(["libcrypto.so.3"], purpose: "OpenSSL's libcrypto", package: "libssl3")
        return Libcrypto(digest: try library.function("EVP_Digest"), sha256: try library.function("EVP_sha256"))
    }
}
