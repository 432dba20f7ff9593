import Foundation

/// An exclusive `flock` on the store file while its schema is checked and migrated, so processes opening one store
/// at the same moment take turns instead of racing to create the same tables ("table source already exists",
/// "database is locked"). SQLite itself locks with `fcntl`, which on Linux is independent of `flock`, so this never
/// interferes with its own locking; and it needs only read access, so read-only viewers take turns as well.
///
/// `release` unlocks but keeps the descriptor open for as long as the store is: closing any descriptor of a file
/// drops every `fcntl` lock this process holds on it, SQLite's included. Without its shared lock, another process
/// closing the store would take itself for the last user, checkpoint and delete the `-wal` file, and this process's
/// connections would go on reading (and writing) the deleted one: commits of other processes would never show.
final class StoreOpenLock: Sendable {
    private let fd: Int32

    init(path: String) throws {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.cannotOpen(path, String(cString: strerror(errno))) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let why = String(cString: strerror(errno))
                close(fd)
                throw StoreError.cannotOpen(path, "cannot lock it: \(why)")
            }
        }
    }

    func release() {
        _ = flock(fd, LOCK_UN)
    }

    deinit { close(fd) }
}
