/// A command that was given valid arguments but cannot do what they ask (a missing or unreadable store, a role
/// without the right, a file that will not open, no terminal): printed as `Error: ...` with exit status 2 and no
/// usage text, which would only bury the reason.
struct Refusal: Error, CustomStringConvertible {
    let description: String

    /// "Nothing could be done": 1 means rows were rejected and the good ones stored, 64 a usage error.
    static let exitStatus: Int32 = 2

    init(_ description: String) { self.description = description }
}
