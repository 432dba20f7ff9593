#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// This machine's offset from UTC, from the C library (`TZ`, `/etc/localtime`), as `TimeZone.current` would give it:
/// Foundation answers through ICU, and that one number paged in ICU's code and time-zone data, some 3 MiB of every
/// viewer's resident memory.
public enum UTCOffset {
    /// Seconds east of UTC now.
    public static func current() -> Int {
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil else { return 0 }
        return Int(local.tm_gmtoff)
    }
}
