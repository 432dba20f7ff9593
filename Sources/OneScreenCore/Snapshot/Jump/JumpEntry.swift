/// One thing the jump bar can open, with what it is called beside its id (a lot's product, a contract's title, a
/// customer's name), so the completion says which one it is.
public struct JumpEntry: Sendable, Hashable, Codable {
    public var target: JumpTarget
    public var label: String

    public init(target: JumpTarget, label: String) {
        self.target = target
        self.label = label
    }
}
