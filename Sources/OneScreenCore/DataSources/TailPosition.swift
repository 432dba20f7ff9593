/// Where a tailed file was read up to: which file (device and inode, so a rotation is noticed even though the
/// name stays) and the offset just past the last whole line ingested.
struct TailPosition: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64
    var offset: Int64

    /// `device:inode:offset`, the checkpoint the collector keeps in the store.
    var checkpoint: String { "\(device):\(inode):\(offset)" }

    init(device: UInt64, inode: UInt64, offset: Int64) {
        self.device = device
        self.inode = inode
        self.offset = offset
    }

    init?(checkpoint: String?) {
        guard let parts = checkpoint?.split(separator: ":"), parts.count == 3,
              let device = UInt64(parts[0]), let inode = UInt64(parts[1]), let offset = Int64(parts[2]), offset >= 0 else { return nil }
        self.init(device: device, inode: inode, offset: offset)
    }

    func isSameFile(device: UInt64, inode: UInt64) -> Bool { self.device == device && self.inode == inode }
}
