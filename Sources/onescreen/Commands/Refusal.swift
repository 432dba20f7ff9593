/// A command that was given valid arguments but cannot do what they ask (a missing store, a role without the right,
/// a file that will not open): printed as `Error: ...` with exit status 1 and no usage text, which would only bury
/// the reason.
struct Refusal: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
