/// The first byte of every value in the wire's binary form, saying what follows and so how to skip it without
/// reading it. Integers are LEB128 (signed ones zigzagged first), little-endian throughout.
///
/// Containers carry their size up front, so a reader finds the value after one in constant time whatever it holds:
/// that is what lets keys be looked up out of order, and a value a type does not read be stepped over.
enum WireTag: UInt8 {
    case null = 0
    case `false`
    case `true`
    /// A signed integer, zigzag LEB128.
    case int
    /// An unsigned integer, LEB128.
    case uint
    /// The 8 bytes of an IEEE 754 double: NaN and the infinities travel as they are.
    case double
    /// A LEB128 byte count, then that much UTF-8.
    case string
    /// A 4-byte payload size and a 4-byte element count, then the elements.
    case array
    /// A 4-byte payload size and a 4-byte entry count, then each entry: its key (a LEB128 byte count, then UTF-8)
    /// and its value.
    case object

    /// The tag, the payload size and the count before a container's payload.
    static let containerHeaderBytes = 9
}
