import Foundation

/// An exclusive `flock` on the store file while its schema is checked and migrated, so processes opening one store
/// at the same moment take turns instead of racing to create the same tables ("table source already exists",
/// "database is locked"). SQLite itself locks with `fcntl`, which on Linux is independent of `flock`, so this never
/// interferes with its own locking; and it needs only read access, so read-only viewers take turns as well.
final class StoreOpenLock {
    private var fd: Int32

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
        guard fd >= 0 else { return }
        close(fd)  // closing the last descriptor releases the lock
        fd = -1
    }

    deinit { release() }
}
