import Foundation

/// Who owns a store file, and making a server's store its own alone.
public enum StoreOwnership {
    /// The uid owning the file at `path`; nil when there is none.
    public static func owner(of path: String) -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt32(info.st_uid)
    }

    public enum Problem: Error, CustomStringConvertible {
        case foreign(path: String, owner: UInt32)
        case openFolder(String, mode: mode_t)

        public var description: String {
            switch self {
            case .foreign(let path, let owner):
                "\(path) belongs to \(PeerIdentity(uid: owner).user); onescreen serve must run as the user that owns its store"
            case .openFolder(let folder, let mode):
                "the store's folder \(folder) has mode \(String(mode & 0o777, radix: 8)): others could reach the store; give the store a folder of its own with chmod 700 \(folder)"
            }
        }
    }

    /// For `onescreen serve`: the store's folder is created 0700 when missing and must not be open to others; the
    /// store and its WAL files, when they exist, must be the server's and are set to 0600.
    public static func secure(storePath path: String, uid: UInt32 = UInt32(geteuid())) throws(Problem) {
        let folder = (path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: folder) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        var info = stat()
        if stat(folder, &info) == 0 {
            guard UInt32(info.st_uid) == uid else { throw .foreign(path: folder, owner: UInt32(info.st_uid)) }
            guard info.st_mode & 0o077 == 0 else { throw .openFolder(folder, mode: info.st_mode) }
        }
        for file in [path, path + "-wal", path + "-shm"] {
            guard let owner = owner(of: file) else { continue }
            guard owner == uid else { throw .foreign(path: file, owner: owner) }
            chmod(file, 0o600)
        }
    }
}
