/// What one client may take of a server, so that a broken or hostile one cannot starve the others.
public struct ServerLimits: Sendable {
    /// Connections at once from one uid: more than any person's terminals, wall screens and scripts, few enough
    /// that one user cannot use up the server's file descriptors.
    public var connectionsPerUID = 256
    /// Connections at once in all: under the default soft limit of 1,024 open files, with room for the store's.
    public var connections = 900
    /// Requests a second one connection may make on average: a dashboard asks a few times a second at most
    /// (a key, a change notice); a script in a tight loop is slowed to this, not the whole server.
    public var requestsPerSecond = 50.0
    /// Requests a connection may make at once before the rate applies (a burst of keys, a script's first calls).
    public var requestBurst = 100.0
    /// A client that has sent part of a frame and not the rest for this long is stalling, and is dropped.
    public var stallSeconds = 5.0
    /// A client must say hello within this of connecting.
    public var helloSeconds = 5.0
    /// Bytes queued for a client that does not read them: a few whole frames of a big page; past this it has
    /// stopped reading and is dropped, rather than held in memory.
    public var pendingWriteBytes = 16 << 20
    /// How often the store is asked whether anything was committed where its files cannot be watched (no inotify):
    /// one cheap PRAGMA for all clients, often enough that a change reaches their screens well inside a frame's
    /// ~110 ms. With a watch the server sleeps until a write.
    public var changeCheckMilliseconds: Int32 = 20

    public init() {}

    public static let standard = ServerLimits()
}
