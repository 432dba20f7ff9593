import OneScreenCore

/// The `:` jump bar being typed: the text, the candidate highlighted (↑ ↓ move it, Tab takes its id), the index it
/// completes from once the app has read it, and whether the last Enter found nothing.
public struct JumpPrompt: Sendable, Equatable {
    public internal(set) var line = LineEditor()
    public internal(set) var highlighted = 0
    /// Read by the app when the bar opens (see `Store.jumpIndex`); nil until then.
    public var index: JumpIndex?
    public internal(set) var notFound = false

    /// Candidates shown under the bar: as many as a small screen's overlay holds.
    public static let candidateLimit = 8

    public init() {}

    public var candidates: [JumpEntry] { index?.candidates(line.text, limit: Self.candidateLimit) ?? [] }

    /// What becomes of a key: the bar stays open (nil) or leaves, with a target or without.
    enum Outcome: Equatable {
        case cancelled
        case open(JumpTarget)
    }

    mutating func handle(_ key: Key) -> Outcome? {
        let candidates = candidates
        switch key {
        case .escape: return .cancelled
        case .up: highlighted = max(0, highlighted - 1)
        case .down: highlighted = min(max(0, candidates.count - 1), highlighted + 1)
        case .tab:
            if candidates.indices.contains(highlighted) { line = LineEditor(candidates[highlighted].target.id) }
        case .enter:
            // What was typed, if it names something; else the candidate highlighted.
            if let target = index?.resolve(line.text) ?? (candidates.indices.contains(highlighted) ? candidates[highlighted].target : nil) {
                return .open(target)
            }
            if let number = JumpIndex(entries: []).resolve(line.text) { return .open(number) }
            notFound = true
        default:
            if line.handle(key) {
                highlighted = 0
                notFound = false
            }
        }
        return nil
    }
}
