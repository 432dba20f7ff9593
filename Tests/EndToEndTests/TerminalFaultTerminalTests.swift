import Foundation
import OneScreenTestSupport
import Testing

/// The dashboard where the terminal is missing, limited or lost: it refuses with a reason instead of spinning or
/// drawing blanks, and a crash hands the terminal back usable.
@Suite(.serialized) struct TerminalFaultTerminalTests {
    let dir = TemporaryDirectory("terminal-faults")

    func shell(_ command: String, environment: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(command: command, width: 120, height: 40, environment: environment)
    }

    func exitLine(_ session: TmuxSession, timeout: Double = 30) throws -> String? {
        let done = try session.waitFor(timeout: timeout) { $0.contains { $0.hasPrefix("EXIT=") } }
        return done.screen.first { $0.hasPrefix("EXIT=") }
    }

    @Test func withoutATerminalOnStdinOrStdoutItRefusesAndExitsTwo() throws {
        let store = try PageStoreFixture.make(in: dir)
        let out = dir.file("frame.txt")
        let session = try shell("\(BuiltBinary.path) --store \(store) < /dev/null; echo EXIT=$?; \(BuiltBinary.path) --store \(store) > \(out); echo EXIT=$?")
        let both = try session.waitFor(timeout: 30) { $0.filter { $0.hasPrefix("EXIT=") }.count == 2 }
        #expect(both.met, "\(both.screen.joined(separator: "\n"))")
        let text = both.screen.joined(separator: "\n")
        #expect(both.screen.filter { $0.hasPrefix("EXIT=") } == ["EXIT=2", "EXIT=2"], "\(text)")
        #expect(text.contains("standard input is not a terminal"))
        #expect(text.contains("standard output is not a terminal"))
        #expect(((try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data()).isEmpty, "no escape codes written to the file")
    }

    @Test(arguments: ["dumb", "no-such-terminal"])
    func aTerminalThatCannotDrawIsNamed(term: String) throws {
        let store = try PageStoreFixture.make(in: dir)
        let session = try shell("TERM=\(term) \(BuiltBinary.path) --store \(store); echo EXIT=$?")
        #expect(try exitLine(session) == "EXIT=2")
        #expect(try session.capture().joined().contains("TERM=\(term)"))
    }

    @Test func underLANGCTheStatusLineSaysChineseCannotBeShown() throws {
        let store = try PageStoreFixture.make(in: dir)
        let session = try shell("\(BuiltBinary.path) --store \(store) --lang en; echo EXIT=$?", environment: ["LANG": "C", "LC_ALL": "C"])
        let shown = try session.waitFor { $0.contains { $0.contains("Chinese text cannot be shown") } }
        #expect(shown.met, "\(shown.screen.joined(separator: "\n"))")
        try session.send("q")
        #expect(try exitLine(session) == "EXIT=0")
    }

    @Test func aCrashRestoresTheTerminalModesAndSaysSo() throws {
        let store = try PageStoreFixture.make(in: dir)
        let session = try shell("\(BuiltBinary.path) --store \(store) --lang en; echo EXIT=$?")
        #expect(try session.waitFor { $0.contains { $0.contains("Overview") } }.met)
        let shell = try #require(try session.panePID())
        let dashboard = try #require(Self.child(of: shell))
        kill(dashboard, SIGSEGV)
        #expect(try exitLine(session) == "EXIT=139")
        #expect(try session.capture().joined().contains("the terminal was restored"))
        try session.send("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '; echo MODES", enter: true)
        let modes = try session.waitFor { $0.contains { $0.hasSuffix("MODES") && !$0.contains("stty") } }
        #expect(modes.screen.contains { $0.contains("icanon echo MODES") }, "\(modes.screen.joined(separator: "\n"))")
    }

    /// The first child process of `pid`, from /proc.
    static func child(of pid: Int32) -> Int32? {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").first.flatMap { Int32($0) }
    }
}

/// A wall screen and a dashboard fed what a passer-by or a terminal's replies may type.
@Suite(.serialized) struct KioskKeysTerminalTests {
    let dir = TemporaryDirectory("kiosk-keys")

    func header(_ screen: [String]) -> String { screen.first { $0.contains("onescreen") } ?? "" }

    @Test func theKioskIgnoresJobControlLettersAndEscapeStringsAndQuitsOnCtrlQ() throws {
        let store = try PageStoreFixture.make(in: dir)
        // The fixture's L4 alert would hold the wall on the Alerts page; this test is about the keys, so it rotates.
        let config = dir.write("config.yaml", "store: \(store)\nkiosk:\n  pages: [overview, quality]\n  interval: 2s\n  alert_hold: false\n")
        let session = try TmuxSession(command: "\(BuiltBinary.path) --config \(config) --kiosk --lang en; echo EXIT=$?", width: 120, height: 40)
        #expect(try session.waitFor { header($0).contains("Overview") }.met)
        try session.send("q")
        try session.send("Q")
        try session.send("\u{1B}P1$qm\u{1B}\\")
        try session.send("\u{1B}]2;q\u{07}")
        try session.send("\u{1B}[?q")
        for key in ["C-c", "C-z", "C-\\", "C-s", "Escape"] { try session.key(key) }
        // Two rotations later it is still there, on its schedule.
        #expect(try session.waitFor(timeout: 10) { header($0).contains("Quality") }.met)
        let again = try session.waitFor(timeout: 10) { header($0).contains("Overview") }
        #expect(again.met)
        #expect(!again.screen.contains { $0.contains("EXIT=") }, "\(again.screen.joined(separator: "\n"))")
        try session.key("C-q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }

    @Test func aQInsideADCSStringDoesNotQuitTheDashboard() throws {
        let store = try PageStoreFixture.make(in: dir)
        let session = try TmuxSession(command: "\(BuiltBinary.path) --store \(store) --lang en; echo EXIT=$?", width: 120, height: 40)
        #expect(try session.waitFor { header($0).contains("Overview") }.met)
        try session.send("\u{1B}P1$qm\u{1B}\\")
        try session.send("2")
        let quality = try session.waitFor { header($0).contains("Quality") }
        #expect(quality.met, "\(quality.screen.joined(separator: "\n"))")
        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }
}

/// Emoji sequences and combining marks in data take the columns the Screen gave them on a real terminal.
@Suite(.serialized) struct ClusterWidthTerminalTests {
    let dir = TemporaryDirectory("cluster-width")

    @Test func zwjSequencesFlagsAndMarksKeepEveryBorderInItsColumn() throws {
        let names = ["家庭👨‍👩‍👧‍👦超市", "Cafe\u{301}\u{302}\u{303} 餐厅", "国旗🇨🇳便利店", "手势👍🏽食堂"]
        let lines = names.enumerated().map { index, name in
            #"{"type":"customer","id":"C\#(index)","name":"\#(name)","kind":"restaurant","region":"华东","channel":"直营","since":"2024-01-02"}"#
        }
        let store = dir.file("store.sqlite")
        let r = try BuiltBinary.run(["ingest", "--store", store, dir.write("c.jsonl", lines.joined(separator: "\n") + "\n")])
        #expect(r.status == 0, "\(r.stderr)")
        let session = try TmuxSession(command: "\(BuiltBinary.path) --store \(store) --lang zh; echo EXIT=$?", width: 100, height: 30)
        try session.send("3")
        let shown = try session.waitFor { $0.joined().contains("超市") && $0.joined().contains("食堂") }
        #expect(shown.met, "\(shown.screen.joined(separator: "\n"))")
        let rows = Array(shown.screen.prefix(30))
        for row in rows where !row.isEmpty {
            #expect((TerminalColumns.width(of: row) ?? .max) <= 100, "\(row)")
        }
        let borders = rows.filter { $0.hasPrefix("│") }.map { TerminalColumns.columns(of: ["│"], in: $0).last ?? -1 }
        #expect(Set(borders) == [99], "right borders moved: \(rows.joined(separator: "\n"))")
        // Each cluster is drawn, not refused by curses: the family's first emoji stands for it in its two columns.
        #expect(rows.contains { $0.contains("家庭👨超市") }, "\(rows.joined(separator: "\n"))")
        // Away and back: nothing of the names stays where the other page drew.
        try session.send("2")
        let quality = try session.waitFor { !$0.joined().contains("超市") }
        #expect(quality.met, "stale text: \(quality.screen.joined(separator: "\n"))")
        try session.send("3")
        let back = try session.waitFor { $0.contains { $0.contains("家庭👨超市") } }
        #expect(back.met, "\(back.screen.joined(separator: "\n"))")
        try session.send("q")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=0") } }.met)
    }
}
