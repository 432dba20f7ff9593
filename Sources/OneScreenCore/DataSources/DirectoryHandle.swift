import CSpawn
import Foundation

/// A directory held open by descriptor, so what is done inside it names entries relative to it and never follows a
/// symlink planted in between: a drop folder is writable by others, and a `failed` or `NAME.errors` symlink must
/// not send a file, or its error text, somewhere else (another user's `~/.ssh`).
final class DirectoryHandle {
    let path: String
    let fd: Int32

    /// Opens `path` itself (which the config names, so it may be a symlink the operator made).
    init(path: String) throws {
        self.path = path
        fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw SourceFailure("\(path): \(String(cString: strerror(errno)))") }
    }

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }

    /// The subdirectory `name`, created 0700 if missing; a symlink or anything else under that name is refused.
    func subdirectory(_ name: String) throws -> DirectoryHandle {
        if mkdirat(fd, name, 0o700) != 0 && errno != EEXIST {
            throw SourceFailure("\(path)/\(name): cannot create: \(String(cString: strerror(errno)))")
        }
        let sub = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard sub >= 0 else {
            let why = errno == ELOOP || errno == ENOTDIR ? "is a symlink or not a directory; refusing to move files through it"
                : String(cString: strerror(errno))
            throw SourceFailure("\(path)/\(name): \(why)")
        }
        return DirectoryHandle(path: path + "/" + name, fd: sub)
    }

    /// Whether `name` is a regular file here (not a symlink, FIFO or device), by `lstat` on the entry itself.
    func isRegularFile(_ name: String) -> (regular: Bool, modified: Date?) {
        var info = stat()
        guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return (false, nil) }
        return (true, Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9))
    }

    /// Moves entry `name` into `target` under `name`, `name.2`, … whichever is free there together with its
    /// `.errors` companion; never replaces anything. Returns the name used.
    func move(_ name: String, to target: DirectoryHandle, companionSuffix: String) throws -> String {
        var candidate = name
        var number = 2
        while true {
            var info = stat()
            let companionTaken = fstatat(target.fd, candidate + companionSuffix, &info, AT_SYMLINK_NOFOLLOW) == 0
            if !companionTaken {
                if renameat2(fd, name, target.fd, candidate, UInt32(ONESCREEN_RENAME_NOREPLACE)) == 0 { return candidate }
                guard errno == EEXIST else {
                    throw SourceFailure("\(path)/\(name): cannot move to \(target.path): \(String(cString: strerror(errno)))")
                }
            }
            candidate = name + ".\(number)"
            number += 1
        }
    }

    /// Writes `bytes` to a new file `name` here, 0600; refuses (EEXIST) when anything, a symlink included, is there.
    func create(_ name: String, contents bytes: [UInt8]) throws {
        let out = openat(fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard out >= 0 else { throw SourceFailure("\(path)/\(name): cannot create: \(String(cString: strerror(errno)))") }
        defer { close(out) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(out, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw SourceFailure("\(path)/\(name): cannot write: \(String(cString: strerror(errno)))") }
            written += n
        }
    }
}
