import Yams

/// The whole YAML text of a config, kept so that sections parsed elsewhere (alert rules, roles, users) read the
/// same document with the same line numbers, without the loader knowing their shape.
public struct ConfigDocument: Sendable {
    public let file: String
    public let text: String

    public init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    /// The composed tree, with marks for `FILE:LINE` messages. Composed afresh on each call because Yams' `Node`
    /// is not `Sendable` (its tags are classes); the loader already composed this text once, so it cannot fail.
    public var root: Node {
        (try? Yams.compose(yaml: text)) ?? Node([(Node, Node)]())
    }

    /// A top-level section such as `rules` or `roles`.
    public subscript(section: String) -> Node? { root.mapping?[section] }
}
