/// Which fields of a row some accessor has taken: a bit per field, held inline for the first 64 so that reading a
/// row allocates nothing for it; only a junk row with more fields than any record has spills into the set.
struct UsedFields {
    private var first64: UInt64 = 0
    private var beyond: Set<Int> = []

    mutating func insert(_ index: Int) {
        if index < 64 { first64 |= 1 << UInt64(index) } else { beyond.insert(index) }
    }

    func contains(_ index: Int) -> Bool {
        index < 64 ? first64 & (1 << UInt64(index)) != 0 : beyond.contains(index)
    }
}
