/// Where a tailed file was read up to: which file (device and inode, so a rotation is noticed even though the
/// name stays), the offset just past the last whole line ingested, and a fingerprint of the bytes just before it,
/// so a file truncated and written past the offset again between two polls (logrotate's `copytruncate` with a
/// fast writer) is noticed too: its size no longer tells.
struct TailPosition: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64
    var offset: Int64
    /// FNV-1a of the `fingerprintBytes` before `offset`; nil when unknown (a checkpoint from an older version).
    var fingerprint: UInt64?

    /// Enough to tell one line's end from another's (a record is longer than this), cheap to read back each poll.
    static let fingerprintBytes = 64

    /// `device:inode:offset:fingerprint`, the checkpoint the collector keeps in the store.
    var checkpoint: String { "\(device):\(inode):\(offset)" + (fingerprint.map { ":\($0)" } ?? "") }

    init(device: UInt64, inode: UInt64, offset: Int64, fingerprint: UInt64? = nil) {
        self.device = device
        self.inode = inode
        self.offset = offset
        self.fingerprint = fingerprint
    }

    init?(checkpoint: String?) {
        guard let parts = checkpoint?.split(separator: ":"), parts.count == 3 || parts.count == 4,
              let device = UInt64(parts[0]), let inode = UInt64(parts[1]), let offset = Int64(parts[2]), offset >= 0 else { return nil }
        let fingerprint = parts.count == 4 ? UInt64(parts[3]) : nil
        if parts.count == 4 && fingerprint == nil { return nil }
        self.init(device: device, inode: inode, offset: offset, fingerprint: fingerprint)
    }

    func isSameFile(device: UInt64, inode: UInt64) -> Bool { self.device == device && self.inode == inode }

    static func fingerprint(of bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
