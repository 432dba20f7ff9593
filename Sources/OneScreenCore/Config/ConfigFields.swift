import Yams

/// The keys of one YAML mapping that the reader accepted, each with its key node (for "unknown key" lines) and
/// value node (for "wrong type" lines), and the path that names them in messages (`sources[2]`).
struct ConfigFields {
    let path: String
    let node: Node
    let entries: [String: (key: Node, value: Node)]

    subscript(name: String) -> Node? { entries[name]?.value }

    func path(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }
}
