/// A problem found in a theme file, located so it can be fixed: prints as `PATH:LINE: key: reason`, the shape
/// compilers use, so editors and terminals can jump to it.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public let path: String
    /// 1-based line in the file; `nil` when the problem is the file as a whole (missing, unreadable).
    public let line: Int?
    /// The key at fault, e.g. `roles.warn.color256`.
    public let key: String
    public let reason: String

    public init(path: String, line: Int?, key: String, reason: String) {
        self.path = path
        self.line = line
        self.key = key
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(path):\(line): \(key): \(reason)" }
        return "\(path): \(key): \(reason)"
    }
}
