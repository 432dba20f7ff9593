import Foundation
import OneScreenTestSupport
import Testing

/// A new user's first steps: ingesting into the default store says where the data went and how to get the demo back;
/// `onescreen --demo` brings it back, and building it shows a frame with its progress rather than a blank screen.
@Suite(.serialized) struct FirstStepsTests {
    let dir = TemporaryDirectory("first-steps")

    @Test func ingestIntoTheDefaultStoreSaysWhereAndTheDemoComesBackWithItsBuildFrame() throws {
        // A home of its own: this test fills the default store, which would hide the demo from every other test.
        let home = ["XDG_DATA_HOME": dir.file("data"), "XDG_CONFIG_HOME": dir.file("config"), "XDG_STATE_HOME": dir.file("state")]
        let standard = #"{"type":"standard","id":"STD-T","name":"冷藏车厢温度","metric":"cold.temp","stage":"transport","max":4,"unit":"°C","level":3}"#
        let ingest = try BuiltBinary.run(["ingest", dir.write("mine.jsonl", standard + "\n")], environment: home)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("stored in \(dir.file("data"))/onescreen/store.sqlite"), "\(ingest.stderr)")
        #expect(ingest.stderr.contains("onescreen --demo"))
        // With --store the user said where: nothing to explain.
        let named = try BuiltBinary.run(["ingest", "--store", dir.file("other.sqlite"), dir.file("mine.jsonl")], environment: home)
        #expect(named.stderr == "")

        let exports = home.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
        let session = try TmuxSession(command: "env \(exports) \(BuiltBinary.path) --demo --lang en; echo EXIT=$?",
                                      width: 100, height: 30)
        let building = try session.waitFor(timeout: 60) { $0.contains { $0.contains("First run: building the demo store") } }
        #expect(building.met, "\(building.screen.joined(separator: "\n"))")
        #expect(building.screen.contains { $0.contains("%") }, "the frame says how far it is")
        // The demo's overview, with its most valuable sample customer.
        let overview = try session.waitFor(timeout: 60) { screen in
            screen.contains { $0.contains("Overview") } && screen.contains { $0.contains("大润鲜超市") }
        }
        #expect(overview.met, "\(overview.screen.joined(separator: "\n"))")
        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }

    @Test func helpTextsReadAsTyped() throws {
        let snapshot = try BuiltBinary.run(["snapshot", "--help"])
        #expect(snapshot.stdout.contains("(default: 120x40)") && !snapshot.stdout.contains("FrameSize"), "\(snapshot.stdout)")
        let audit = try BuiltBinary.run(["audit", "--help"])
        #expect(audit.stdout.contains("2026-12-01"), "the forms --since takes, by example")
        let dashboard = try BuiltBinary.run(["dashboard", "--help"])
        #expect(dashboard.stdout.contains("--demo"))
    }
}
