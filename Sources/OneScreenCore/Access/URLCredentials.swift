import Foundation

/// Removes `user:password@` from URLs inside a text: a source's error quotes its URL, and the Sources page,
/// `onescreen sources` and the log show it to people who must not learn the password.
public enum URLCredentials {
    /// `GET http://ops:s3cret@gw.local/x failed` → `GET http://***@gw.local/x failed`.
    public static func removed(_ text: String) -> String {
        guard text.contains("@"), text.contains("://") else { return text }
        var out = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            out += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first '/', '?', '#' or blank; an '@' inside it ends the credentials.
            let end = rest.firstIndex { "/?# \t\n\"'".contains($0) } ?? rest.endIndex
            if let at = rest[..<end].lastIndex(of: "@") {
                out += "***"
                rest = rest[at...]
            }
        }
        return out + rest
    }
}
