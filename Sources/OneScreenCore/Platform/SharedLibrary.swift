#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A C library opened the first time a feature needs it instead of linked into every onescreen process: linking
/// libpq, libcurl and libcrypto made each viewer map some thirty more libraries (Kerberos, LDAP, GnuTLS, p11-kit…) and hold
/// several MiB of their pages, though a dashboard on a SQLite store with no http source never calls them.
/// The library stays open for the life of the process; its functions are resolved by name into a table once.
struct SharedLibrary: @unchecked Sendable {
    /// dlopen's handle: immutable once opened, shared by every thread.
    private let handle: UnsafeMutableRawPointer
    let file: String

    /// Opens the first of `files` (sonames, most likely first) that the dynamic loader finds.
    /// - Parameters:
    ///   - purpose: what the library is, for the error ("PostgreSQL's client library, libpq").
    ///   - package: the Debian package that installs it, named in the error.
    static func open(_ files: [String], purpose: String, package: String) throws(MissingLibrary) -> SharedLibrary {
        var reasons: [String] = []
        for file in files {
            if let handle = dlopen(file, RTLD_NOW | RTLD_LOCAL) { return SharedLibrary(handle: handle, file: file) }
            reasons.append(dlerror().map { String(cString: $0) } ?? file)
        }
        throw MissingLibrary(purpose: purpose, package: package, reason: reasons.joined(separator: "; "))
    }

    /// The function `name`, as the C function type `F` the caller declares (it must match the library's header).
    func function<F>(_ name: String) throws(MissingLibrary) -> F {
        guard let address = dlsym(handle, name) else {
            throw MissingLibrary(purpose: file, package: nil, reason: "it has no \(name) (too old a version?)")
        }
        return unsafeBitCast(address, to: F.self)
    }
}

/// A library a feature needs is not installed (or too old): what to install.
public struct MissingLibrary: Error, CustomStringConvertible {
    let purpose: String
    let package: String?
    let reason: String

    public var description: String {
        "\(purpose) cannot be loaded: \(reason)" + (package.map { "; install it with `apt-get install \($0)`" } ?? "")
    }
}
