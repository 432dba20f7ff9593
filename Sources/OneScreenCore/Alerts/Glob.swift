/// A name pattern as rules and silences write them: `*` matches any run of characters (none included), `?` one
/// character, everything else itself. `truck.*` matches every truck metric, `沪A*` every Shanghai truck.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    public let pattern: String
    private let characters: [Character]

    public init(_ pattern: String) {
        self.pattern = pattern
        characters = Array(pattern)
    }

    public static let any = Glob("*")

    /// True when the pattern has no wildcard, so it names exactly one thing.
    public var isLiteral: Bool { !characters.contains("*") && !characters.contains("?") }

    public var description: String { pattern }

    /// Iterative matching with one backtrack point: linear in practice, never exponential on `*a*a*a`.
    public func matches(_ name: String) -> Bool {
        if isLiteral { return name == pattern }
        let text = Array(name)
        var p = 0, t = 0
        var star: Int?
        var starText = 0
        while t < text.count {
            if p < characters.count && (characters[p] == "?" || characters[p] == text[t]) {
                p += 1
                t += 1
            } else if p < characters.count && characters[p] == "*" {
                star = p
                starText = t
                p += 1
            } else if let s = star {
                p = s + 1
                starText += 1
                t = starText
            } else {
                return false
            }
        }
        while p < characters.count && characters[p] == "*" { p += 1 }
        return p == characters.count
    }
}
