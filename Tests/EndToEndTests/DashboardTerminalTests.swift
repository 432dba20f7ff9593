import Foundation
import OneScreenTestSupport
import Testing

/// The real binary in a real terminal (tmux), read back as a person would see it.
@Suite(.serialized) struct DashboardTerminalTests {
    let dir = TemporaryDirectory("dashboard")

    /// A small store with CJK names, built by the binary's own ingest.
    func makeStore() throws -> String {
        let now = Int(Date().timeIntervalSince1970)
        var lines = [
            #"{"type":"standard","id":"STD-T","name":"冷藏车厢温度","metric":"cold.temp","stage":"transport","max":4,"unit":"°C","level":3,"hold":300}"#,
            #"{"type":"customer","id":"C1","name":"金鼎餐饮（徐汇店）","kind":"restaurant","region":"华东","channel":"直营","since":"2024-01-02"}"#,
            #"{"type":"contract","id":"K1","title":"冷链配送框架合同","counterparty":"沪联物流","amount":1200000,"status":"performing","owner":"李强"}"#,
        ]
        for minutes in stride(from: 600, through: 0, by: -10) {
            let value = minutes < 40 ? 6.5 : 3.0
            lines.append(#"{"type":"reading","metric":"cold.temp","site":"沪A·冷链07","stage":"transport","time":\#(now - minutes * 60),"value":\#(value),"unit":"°C"}"#)
        }
        let file = dir.write("fixture.jsonl", lines.joined(separator: "\n") + "\n")
        let store = dir.file("store.sqlite")
        let result = try BuiltBinary.run(["ingest", "--store", store, file])
        #expect(result.status == 0, "\(result.stderr)")
        return store
    }

    func start(_ store: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(
            command: "\(BuiltBinary.path) --store \(store) --refresh 0.5; echo EXIT=$?", width: width, height: height,
            environment: environment)
    }

    /// The frame fills the terminal: the top border runs the full width and every vertical border character sits in
    /// the same column on every row that has it.
    func expectWholeFrame(_ screen: [String], width: Int, height: Int, vertical: Character = "│",
                          sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = Array(screen.prefix(height))
        #expect(rows.count == height, sourceLocation: sourceLocation)
        for row in rows {
            #expect((TerminalColumns.width(of: row) ?? .max) <= width, "\(row)", sourceLocation: sourceLocation)
        }
        let borders = rows.map { TerminalColumns.columns(of: [vertical], in: $0) }.filter { $0.count >= 2 }
        #expect(!borders.isEmpty, sourceLocation: sourceLocation)
    }

    func titlesShown(_ screen: [String]) -> Bool {
        let text = screen.joined(separator: "\n")
        return ["质量", "客户", "合同", "预警"].allSatisfy(text.contains) || ["Quality", "Customers", "Contracts", "Alerts"].allSatisfy(text.contains)
    }

    @Test func startsDrawsResizesAndQuitsToACleanShell() throws {
        let session = try start(try makeStore())
        let first = try session.waitFor { titlesShown($0) }
        #expect(first.met, "\(first.screen.joined(separator: "\n"))")
        expectWholeFrame(first.screen, width: 120, height: 40)
        #expect(first.screen.joined().contains("沪A·冷链07"))

        for (width, height) in [(80, 24), (200, 60), (120, 40)] {
            try session.resize(width: width, height: height)
            let resized = try session.waitFor { screen in
                screen.count >= height && titlesShown(screen)
                    && screen.prefix(height).contains { TerminalColumns.columns(of: ["┐"], in: $0).last == width - 1 }
            }
            #expect(resized.met, "\(width)x\(height):\n\(resized.screen.joined(separator: "\n"))")
            expectWholeFrame(resized.screen, width: width, height: height)
        }

        try session.send("q")
        let exited = try session.waitFor { $0.contains { $0.contains("EXIT=0") } }
        #expect(exited.met, "\(exited.screen.joined(separator: "\n"))")
        // Back on the shell's screen: none of the dashboard's frame is left behind.
        #expect(!exited.screen.contains { $0.contains("┌") || $0.contains("│") })
    }

    @Test(arguments: [
        ["NO_COLOR": "1"], ["TERM": "xterm"], ["TERM": "linux"], ["LANG": "C", "LC_ALL": "C"],
    ])
    func readableOnEveryKindOfTerminal(environment: [String: String]) throws {
        let session = try start(try makeStore(), environment: environment)
        let ascii = environment["LC_ALL"] == "C"
        let shown = try session.waitFor { screen in
            ascii ? screen.contains { $0.contains("Quality") } : titlesShown(screen)
        }
        #expect(shown.met, "\(environment):\n\(shown.screen.joined(separator: "\n"))")
        if ascii {
            // Without UTF-8 the frame is drawn in ASCII and no box-drawing character reaches the screen.
            #expect(!shown.screen.contains { $0.contains("│") || $0.contains("─") })
            #expect(shown.screen.contains { $0.contains("+--") })
            expectWholeFrame(shown.screen, width: 120, height: 40, vertical: "|")
        } else {
            expectWholeFrame(shown.screen, width: 120, height: 40)
        }
        try session.key("C-c")
        #expect(try session.waitFor { $0.contains { $0.contains("EXIT=130") } }.met)
    }

    @Test func hangupAndTerminateRestoreTheTerminal() throws {
        let store = try makeStore()
        for (signal, status) in [("TERM", 143), ("HUP", 129)] {
            let session = try start(store)
            #expect(try session.waitFor { titlesShown($0) }.met)
            let kill = Process()
            kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
            kill.arguments = ["-\(signal)", "-f", "--", "--store \(store) --refresh"]
            try kill.run()
            kill.waitUntilExit()
            let exited = try session.waitFor { $0.contains { $0.contains("EXIT=\(status)") } }
            #expect(exited.met, "\(signal):\n\(exited.screen.joined(separator: "\n"))")
            #expect(!exited.screen.contains { $0.contains("┌") })
        }
    }
}
