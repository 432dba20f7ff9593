/// A name pattern as rules and silences write them: `*` matches any run of characters (none included), `?` one
/// character, `\` makes the next character stand for itself, everything else itself. `truck.*` matches every truck
/// metric, `沪A*` every Shanghai truck, `a\*b` only `a*b`.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    public let pattern: String
    private let tokens: [Token]
    /// The one name a pattern without wildcards matches, compared whole: rules match thousands of series names.
    private let literalName: String?
    /// `*` alone, as silent-sensor rules are written: matching it would split every name into characters.
    private let matchesAll: Bool

    private enum Token: Hashable, Sendable {
        case character(Character)
        case one
        case any
    }

    public init(_ pattern: String) {
        self.pattern = pattern
        var tokens: [Token] = []
        var escaped = false
        for character in pattern {
            if escaped {
                tokens.append(.character(character))
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                tokens.append(character == "*" ? .any : character == "?" ? .one : .character(character))
            }
        }
        if escaped { tokens.append(.character("\\")) }
        self.tokens = tokens
        matchesAll = !tokens.isEmpty && tokens.allSatisfy { $0 == .any }
        literalName = tokens.contains(.any) || tokens.contains(.one) ? nil : String(tokens.compactMap {
            if case .character(let character) = $0 { character } else { nil }
        })
    }

    /// The pattern that matches exactly `name`, whatever wildcard characters it holds: a subject picked on the
    /// dashboard is silenced as itself, never as a pattern.
    public static func literal(_ name: String) -> Glob {
        var pattern = ""
        for character in name {
            if character == "*" || character == "?" || character == "\\" { pattern.append("\\") }
            pattern.append(character)
        }
        return Glob(pattern)
    }

    public static let any = Glob("*")

    /// True when the pattern has no wildcard, so it names exactly one thing.
    public var isLiteral: Bool { literalName != nil }

    public var description: String { pattern }

    /// Iterative matching with one backtrack point: linear in practice, never exponential on `*a*a*a`.
    public func matches(_ name: String) -> Bool {
        if matchesAll { return true }
        if let literalName { return name == literalName }
        let text = Array(name)
        var p = 0, t = 0
        var star: Int?
        var starText = 0
        while t < text.count {
            if p < tokens.count, tokens[p] == .one || tokens[p] == .character(text[t]) {
                p += 1
                t += 1
            } else if p < tokens.count && tokens[p] == .any {
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
        while p < tokens.count && tokens[p] == .any { p += 1 }
        return p == tokens.count
    }
}
