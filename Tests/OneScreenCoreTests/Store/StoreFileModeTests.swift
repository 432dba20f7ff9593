import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The store holds customer phones and contract amounts: its files are the owner's alone, or the owner's and one
/// configured group's, never the world's, WAL files included.
@Suite struct StoreFileModeTests {
    let dir = TemporaryDirectory("modes")

    func mode(_ path: String) throws -> (permissions: Int, group: gid_t) {
        var info = stat()
        #expect(stat(path, &info) == 0, "\(path) missing")
        return (Int(info.st_mode) & 0o777, info.st_gid)
    }

    /// Opens, writes (so the -wal and -shm files exist while the store is open) and returns the three files' modes.
    func modes(_ path: String, group: String?) throws -> [(permissions: Int, group: gid_t)] {
        let store = try Store(path: path, group: group)
        try store.setMeta("probe", "1")
        return try [path, path + "-wal", path + "-shm"].map(mode)
    }

    @Test func ownerOnlyByDefault() throws {
        for file in try modes(dir.file("a.sqlite"), group: nil) { #expect(file.permissions == 0o600) }
    }

    @Test func readableByAConfiguredGroup() throws {
        // Every machine has the group of the user running the tests; use its name.
        let group = String(cString: getgrgid(getegid())!.pointee.gr_name)
        for file in try modes(dir.file("b.sqlite"), group: group) {
            #expect(file.permissions == 0o640)
            #expect(file.group == getegid())
        }
        #expect(throws: StoreError.self) { try Store(path: dir.file("c.sqlite"), group: "no-such-group-here") }
    }
}
