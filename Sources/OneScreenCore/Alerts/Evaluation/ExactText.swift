/// A subject as a dictionary key, hashed and compared on UTF-8 bytes as SQLite compares the alert table's text:
/// `String` hashing normalizes non-ASCII text on each hash, and a batch asks about 20,000 subjects.
struct ExactText: Hashable, Sendable {
    var text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) { text.hashUTF8(into: &hasher) }

    static func == (a: ExactText, b: ExactText) -> Bool { a.text.hasSameUTF8(as: b.text) }
}
