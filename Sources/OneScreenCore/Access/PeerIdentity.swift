import Foundation

/// Who is asking, as the kernel says: the uid of the process at the other end of the socket (`SO_PEERCRED`), or of
/// this process in embedded mode, and that uid's login name from the password database. Never the environment
/// (`USER`, `LOGNAME`): anyone can set those.
public struct PeerIdentity: Sendable, Equatable, Codable {
    public var uid: UInt32
    /// The login name of `uid`; nil for a uid without a passwd entry (it is then known by number only).
    public var name: String?

    public init(uid: UInt32, name: String?) {
        self.uid = uid
        self.name = name
    }

    /// The identity of `uid`, named by the password database.
    public init(uid: UInt32) {
        self.init(uid: uid, name: getpwuid(uid_t(uid)).map { String(cString: $0.pointee.pw_name) })
    }

    /// This process's effective user.
    public static var current: PeerIdentity { PeerIdentity(uid: UInt32(geteuid())) }

    /// How the audit trail and messages name this user: the login name, else `uid 1234`.
    public var user: String { name ?? "uid \(uid)" }
}
