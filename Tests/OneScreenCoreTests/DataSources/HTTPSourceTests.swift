import Foundation
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The http source against a real server on a local socket, run by a real collector: what an API answers is
/// stored or rejected like any other input, and a server that errs or stalls only fails its own source.
@Suite struct HTTPSourceTests {
    func http(_ name: String, _ url: String, type: RecordType? = .reading, headers: [String: String] = [:],
              timeout: Duration = .seconds(30)) -> SourceConfig {
        SourceConfig(name: name, kind: "http", interval: .seconds(3600), timeout: timeout,
                     settings: .http(HTTPSettings(url: URL(string: url)!, type: type, headers: headers)))
    }

    @Test func anArrayOfBareReadingsIsStoredWithTheConfiguredTypeAndHeaders() async throws {
        let server = try LocalHTTPServer { _ in
            .reply(status: 200, body: """
                [
                  {"metric": "truck.temp", "site": "沪A·冷链01", "stage": "transport", "time": 1790000000, "value": 2.5, "unit": "°C"},
                  {"metric": "truck.temp", "site": "沪A·冷链01", "stage": "transport", "time": 1790000060, "value": 3.1, "unit": "°C"}
                ]
                """)
        }
        defer { server.stop() }
        let h = try CollectorHarness("http-array")
        let collector = h.collector([http("mes", server.url + "/api/readings", headers: ["Authorization": "Bearer t0ken"])])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["mes"]) })
        await collector.stop()

        let status = try #require(try h.statuses()["mes"])
        #expect(status.state == .ok, "\(status.lastError ?? "")")
        #expect(status.accepted == 2)
        #expect(try h.count("SELECT count(*) FROM reading r JOIN series s ON s.id = r.series_id WHERE s.site = '沪A·冷链01' AND s.metric = 'truck.temp'") == 2)
        let request = try #require(server.requests.first)
        #expect(request.method == "GET")
        #expect(request.path == "/api/readings")
        #expect(request.headers["authorization"] == "Bearer t0ken")
        #expect(request.headers["accept"]?.contains("application/json") == true)
    }

    @Test func jsonLinesKeepTheGoodRowsAndRejectTheBadOnes() async throws {
        let server = try LocalHTTPServer { _ in
            .reply(status: 200, body: """
                {"type": "reading", "metric": "plant.temp", "site": "鲁·加工厂", "stage": "plant", "time": 1790000000, "value": 4.0, "unit": "°C"}
                {"type": "reading", "metric": "plant.temp", "site": "鲁·加工厂", "stage": "plant", "time": 1790000060, "value": "warm", "unit": "°C"}
                not json at all
                {"type": "reading", "metric": "plant.temp", "site": "鲁·加工厂", "stage": "plant", "time": 1790000120, "value": 4.2, "unit": "°C"}

                """)
        }
        defer { server.stop() }
        let h = try CollectorHarness("http-lines")
        let collector = h.collector([http("lab", server.url + "/lines", type: nil)])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["lab"]) })
        await collector.stop()

        let status = try #require(try h.statuses()["lab"])
        #expect(status.accepted == 2)
        #expect(status.rejected == 2)
        #expect(try h.count("SELECT count(*) FROM reading") == 2)
        #expect(try h.count("SELECT count(*) FROM reject r JOIN source s ON s.id = r.source_id WHERE s.name = 'lab'") == 2)
        #expect(status.lastError?.contains("2 rows rejected") == true, "\(status.lastError ?? "")")
    }

    @Test func anErrorStatusFailsTheSourceWithWhatTheServerSaid() async throws {
        let server = try LocalHTTPServer { _ in .reply(status: 503, body: "maintenance until 06:00\nsecond line") }
        defer { server.stop() }
        let h = try CollectorHarness("http-503")
        let collector = h.collector([http("mes", server.url + "/api")])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["mes"]) })
        await collector.stop()

        let status = try #require(try h.statuses()["mes"])
        #expect(status.state == .failing)
        #expect(status.lastError == "HTTP 503 from \(server.url)/api: maintenance until 06:00")
        #expect(try h.count("SELECT count(*) FROM reading") == 0)
    }

    @Test func aStalledServerTimesOutWithoutHoldingUpAnotherSource() async throws {
        let stalled = try LocalHTTPServer { _ in .hang }
        let healthy = try LocalHTTPServer { _ in
            .reply(status: 200, body: #"[{"metric": "store.temp", "site": "苏·门店01", "stage": "store", "time": 1790000000, "value": -19, "unit": "°C"}]"#)
        }
        defer { stalled.stop(); healthy.stop() }
        let h = try CollectorHarness("http-stall")
        let collector = h.collector([
            http("stuck", stalled.url + "/slow", timeout: .milliseconds(500)),
            http("fine", healthy.url + "/fast"),
        ])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["stuck", "fine"]) })
        await collector.stop()

        let statuses = try h.statuses()
        #expect(statuses["stuck"]?.state == .failing)
        #expect(statuses["stuck"]?.lastError == stalled.url + "/slow: timed out after 500ms (connect, headers and body)")
        #expect(statuses["fine"]?.state == .ok)
        #expect(try h.count("SELECT count(*) FROM reading") == 1)
    }

    @Test func aRefusedConnectionSaysWhichURL() async throws {
        // A port that was just free and is closed again: nothing listens there.
        let server = try LocalHTTPServer { _ in .hang }
        let url = server.url + "/gone"
        server.stop()
        let h = try CollectorHarness("http-refused")
        let collector = h.collector([http("gone", url)])
        await collector.start()
        #expect(try await Poll.until(timeout: CollectorHarness.patience) { try h.haveRun(["gone"]) })
        await collector.stop()

        let status = try #require(try h.statuses()["gone"])
        #expect(status.state == .failing)
        #expect(status.lastError?.hasPrefix(url + ": ") == true, "\(status.lastError ?? "")")
    }
}
