/// What `waitpid` reported of a child that ended. The C macros that read it (`WIFEXITED`, `WEXITSTATUS`,
/// `WTERMSIG`) are macros Swift does not import, so they are said once here for every caller.
public struct WaitStatus: Sendable, Equatable {
    public let raw: Int32

    public init(_ raw: Int32) { self.raw = raw }

    /// The child's exit code, or nil when a signal ended it.
    public var exitCode: Int32? { signal == 0 ? (raw >> 8) & 0xFF : nil }

    /// The signal that ended the child, 0 when it exited.
    public var signal: Int32 { raw & 0x7F }
}
