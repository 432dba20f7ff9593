import CCrypto

/// SHA-256, for the audit trail's record of which config was in force: the same hex as `sha256sum`, so an auditor
/// can check a file against the trail. OpenSSL's libcrypto computes it (it is already on every machine libcurl is).
public enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let message = Array(bytes)
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let done = message.withUnsafeBytes { buffer in
            EVP_Digest(buffer.baseAddress, buffer.count, &digest, &length, EVP_sha256(), nil)
        }
        // EVP_Digest fails only when memory runs out; a digest that cannot be made must not pass for one.
        precondition(done == 1, "SHA-256 digest failed")
        return digest.prefix(Int(length)).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
