import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// A viewer sleeps on the monitor's descriptor instead of asking the store on a timer: a commit by another process
/// must wake it, and a wake that was no commit must not count as one.
@Suite struct StoreChangeMonitorTests {
    let dir = TemporaryDirectory("monitor")

    /// Whether `fd` turns readable within `milliseconds`.
    func readable(_ fd: Int32, within milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) > 0
    }

    /// Runs the `sqlite3` tool on `path`, a process of its own, as another program writing the store would.
    func sqlite3(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("a commit by another process wakes the descriptor, and the monitor then reports one change")
    func wakesOnAnotherProcessWrite() throws {
        let store = try Store(path: dir.file("store.sqlite"))
        let monitor = try StoreChangeMonitor(store: store)
        #expect(try monitor.hasChanged())
        #expect(try !monitor.hasChanged())
        let fd = try #require(monitor.descriptor)
        #expect(!readable(fd, within: 0))

        try sqlite3(store.path, "CREATE TABLE probe(x); INSERT INTO probe VALUES (1);")
        #expect(readable(fd, within: 10_000))
        #expect(try monitor.hasChanged())
        #expect(!readable(fd, within: 0), "the events were read")
        #expect(try !monitor.hasChanged())

        try sqlite3(store.path, "INSERT INTO probe VALUES (2);")
        #expect(readable(fd, within: 10_000))
        #expect(try monitor.hasChanged())
    }

    @Test("files beside the store wake the descriptor but are no change, and the store is not asked for them")
    func otherFilesInTheFolderAreNoChange() throws {
        let store = try Store(path: dir.file("store.sqlite"))
        let monitor = try StoreChangeMonitor(store: store)
        _ = try monitor.hasChanged()
        let fd = try #require(monitor.descriptor)
        dir.write("dashboard.log", "a line\n")
        #expect(readable(fd, within: 10_000))
        #expect(try !monitor.hasChanged())
        #expect(!readable(fd, within: 0))
    }
}
