/// A tailed file kept open between runs, so that after a rotation the rest of the old file can still be read
/// through the old descriptor before moving on to the new file of the same name.
struct OpenTail: Sendable {
    let fd: Int32
    var position: TailPosition
}
