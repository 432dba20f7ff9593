import OneScreenTestSupport
import Testing

/// What the binary loads before it runs: the PostgreSQL and HTTP clients, with the thirty-odd libraries they pull in,
/// are opened only by a PostgreSQL store or an http source (the PostgreSQL and http source tests use them).
@Suite struct LinkedLibrariesProcessTests {
    @Test func neitherLibpqNorLibcurlIsLoadedAtStart() throws {
        // The dynamic loader lists what it would load and stops, as `ldd` has it do.
        let listed = try BuiltBinary.run([], environment: ["LD_TRACE_LOADED_OBJECTS": "1"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("libc.so"), "the loader listed the libraries: \(listed.stdout)")
        #expect(!listed.stdout.contains("libpq"), "\(listed.stdout)")
        #expect(!listed.stdout.contains("libcurl"), "\(listed.stdout)")
    }
}
