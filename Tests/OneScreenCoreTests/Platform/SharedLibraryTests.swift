#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import OneScreenCore

/// Libraries opened when a feature first needs them: what a user reads when one is not installed, and that a
/// function resolved by name is the library's own.
@Suite struct SharedLibraryTests {
    @Test func aLibraryThatIsNotInstalledIsNamedWithThePackageThatInstallsIt() {
        #expect {
            _ = try SharedLibrary.open(["libonescreen-absent.so.7"], purpose: "PostgreSQL's client library (libpq)", package: "libpq5")
        } throws: { error in
            let text = "\(error)"
            return text.contains("PostgreSQL's client library (libpq) cannot be loaded") && text.contains("libonescreen-absent.so.7")
                && text.contains("apt-get install libpq5")
        }
    }

    @Test func aFunctionIsResolvedByNameAndAMissingOneIsAnError() throws {
        let libc = try SharedLibrary.open(["libc.so.6"], purpose: "the C library", package: "libc6")
        let length: @convention(c) (UnsafePointer<CChar>?) -> Int = try libc.function("strlen")
        #expect(length("一屏") == 6)
        #expect {
            let _: @convention(c) () -> Void = try libc.function("onescreen_no_such_function")
        } throws: { "\($0)".contains("onescreen_no_such_function") }
    }
}
