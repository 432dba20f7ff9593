import Foundation
import Logging
import OneScreenTestSupport
import Testing
@testable import OneScreenCore

/// The binary form the server and its clients exchange after the handshake: every page's snapshot comes back as it
/// went, for every viewer, and through a running server a client gets what embedded mode would have given the same
/// viewer; values at the edges survive; bytes that are not a value give an error, never a crash or a huge allocation.
@Suite(.serialized) struct WireCodecTests {
    /// A generated store (a twentieth of the shipped sample: every kind of record, quickly ingested) and a server on it.
    final class Sampled: @unchecked Sendable {
        let directory = TemporaryDirectory("onescreen-wire")
        let store: Store
        let now: Instant
        let config: Config
        let server: Server
        let thread: Thread

        init() throws {
            let generator = SampleGenerator(seed: 1, scale: 0.05)
            _ = try generator.write(to: URL(fileURLWithPath: directory.file("data")))
            store = try Store(path: directory.file("store.sqlite"))
            let now = Instant(seconds: generator.end.timeIntervalSince1970)
            self.now = now
            let ingestor = Ingestor(writer: StoreWriter(store: store), now: { now }, report: { _ in })
            _ = ingestor.run(IngestInput.resolve(paths: [directory.file("data")], type: nil).inputs)
            config = Config(file: "", directory: directory.path)
            var limits = ServerLimits.standard
            limits.requestsPerSecond = 1e6
            limits.requestBurst = 1e6
            let server = try Server(socketPath: directory.file("run/s.sock"), store: store, config: config, limits: limits,
                                    logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
            self.server = server
            thread = Thread { try? server.run() }
            thread.start()
        }

        /// Embedded mode as `role` (nil: the user's own), as the server would give this process's user.
        func embedded(_ role: String?) throws -> EmbeddedService {
            let viewer = try config.access.viewer(for: .current, owner: UInt32(geteuid()), requested: role)
            return try EmbeddedService(store: store, viewer: viewer, retention: config.retention, rules: config.alertRules,
                                       watchesChanges: false, clock: { [now] in now })
        }

        /// Every page, and every kind of drill-down (an id the store has and one it has not).
        func requests() throws -> [PageRequest] {
            let service = try embedded(nil)
            let lists: [PageRequest] = [.overview, .quality, .customers, .contracts, .marketing, .sources]
                + AlertFilter.States.allCases.map { .alerts($0) }
            var drills: [PageRequest] = [.lot("none"), .customer("none"), .contract("none"), .alert(999_999_999)]
            if case .quality(let quality) = try service.page(.quality, at: now, utcOffset: 8 * 3600).content {
                drills += quality.lots.prefix(2).map { .lot($0.id) }
                drills += quality.metrics.prefix(2).map { .series(SeriesRequest(site: $0.site, metric: $0.metric)) }
                drills += quality.metrics.prefix(1).map { .series(SeriesRequest(site: $0.site, metric: $0.metric, range: .day, shift: 1)) }
            }
            if case .customers(let rows) = try service.page(.customers, at: now, utcOffset: 8 * 3600).content {
                drills += rows.prefix(2).map { .customer($0.id) }
            }
            if case .contracts(let list) = try service.page(.contracts, at: now, utcOffset: 8 * 3600).content {
                drills += list.contracts.prefix(2).map { .contract($0.id) }
            }
            drills += try store.alerts(AlertFilter()).prefix(2).map { .alert($0.id) }
            return lists + drills
        }

        func stop() {
            server.stop()
            while !thread.isFinished { usleep(1000) }
        }
    }

    /// A snapshot as sorted JSON with its fractions to 12 digits, for comparing two reads of the same store: a sum taken
    /// in a dictionary's order differs in its last bits from one read to the next, and the marketing page's response
    /// time is the read's own duration. The masks (a dictionary JSON writes as pairs in its own order) are compared
    /// as a dictionary. (A snapshot's way through the codec itself is compared exactly.)
    static func comparable(_ snapshot: PageSnapshot) throws -> String {
        func normal(_ value: Any) -> Any {
            switch value {
            case let object as [String: Any]:
                var normalized = object.mapValues(normal)
                if object["kind"] as? String == CockpitMetricKind.responseTime.rawValue { normalized["value"] = nil }
                if let pairs = normalized["masks"] as? [Any] {
                    normalized["masks"] = Dictionary(uniqueKeysWithValues: stride(from: 0, to: pairs.count - 1, by: 2).map { ("\(pairs[$0])", pairs[$0 + 1]) })
                }
                return normalized
            case let array as [Any]: return array.map(normal)
            case let number as NSNumber:
                let double = number.doubleValue
                return double.rounded() == double && abs(double) < 1e15 ? "\(Int64(double))" : String(format: "%.12g", double)
            default: return value
            }
        }
        let tree = normal(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(snapshot)))
        return String(decoding: try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys]), as: UTF8.self)
    }

    static func roundTrip<T: Codable>(_ value: T) throws -> T { try WireDecoder.decode(T.self, from: try WireEncoder.encode(value)) }

    @Test func everyPageComesThroughTheServerAsEmbeddedModeReadsItForEveryRole() throws {
        let sampled = try Sampled()
        defer { sampled.stop() }
        let requests = try sampled.requests()
        #expect(requests.contains { if case .series = $0 { true } else { false } })
        #expect(requests.contains { if case .lot(let id) = $0 { id != "none" } else { false } })
        for role in [nil, "quality_manager", "frontline", "kiosk"] as [String?] {
            let embedded = try sampled.embedded(role)
            let client = try ServiceClient.connect(socket: sampled.server.socketPath, role: role).get()
            for request in requests where embedded.viewer.role.mayOpen(page: request.pageName) {
                let local = try embedded.page(request, at: sampled.now, utcOffset: 8 * 3600)
                #expect(try Self.roundTrip(local) == local, "\(request) as \(role ?? "owner")")
                let remote = try client.page(request, at: sampled.now, utcOffset: 8 * 3600)
                #expect(try Self.comparable(remote) == Self.comparable(local), "\(request) as \(role ?? "owner")")
            }
            // The other replies a dashboard and the commands use.
            #expect(try client.alerts(AlertFilter()) == (try embedded.alerts(AlertFilter())))
            #expect(try client.jumpIndex() == (try embedded.jumpIndex()))
        }
    }

    /// Values the pages can hold at their edges: CJK and emoji text, the extreme doubles, NaN and the infinities
    /// (which JSON could not carry), the widest integers, empty lists, absent and present optionals in lists, enums
    /// with and without values, and a dictionary keyed by an enum.
    struct Edges: Codable, Equatable {
        enum Choice: Codable, Equatable {
            case none
            case one(String)
            case two(a: Int64, b: [Double?])
        }

        var texts: [String]
        var doubles: [Double]
        var ints: [Int64]
        var unsigned: UInt64
        var small: Int8
        var flag: Bool
        var empty: [Int]
        var gaps: [Double?]
        var optional: String?
        var absent: Double?
        var nested: [[Edges]]
        var choices: [Choice]
        var masks: [GradedField: FieldMask]

        static func == (a: Edges, b: Edges) -> Bool {
            // NaN is not equal to itself: compare the doubles by their bits.
            a.doubles.map(\.bitPattern) == b.doubles.map(\.bitPattern) && a.texts == b.texts && a.ints == b.ints
                && a.unsigned == b.unsigned && a.small == b.small && a.flag == b.flag && a.empty == b.empty && a.gaps == b.gaps
                && a.optional == b.optional && a.absent == b.absent && a.nested == b.nested && a.choices == b.choices && a.masks == b.masks
        }
    }

    static let edges = Edges(
        texts: ["", "陈记餐饮（徐汇店）", "沪A·冷链07", "👨‍👩‍👧 \u{301}", "\0 \"quoted\" \\ \n", String(repeating: "长", count: 5000)],
        doubles: [0, -0.0, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, .ulpOfOne, .infinity,
                  -.infinity, .nan, 1e-308, 123_456_789.123],
        ints: [0, -1, 1, .min, .max, Int64(Int32.min), 300],
        unsigned: .max, small: .min, flag: true, empty: [], gaps: [nil, 1.5, nil], optional: "有", absent: nil,
        nested: [[], [Edges(texts: [], doubles: [], ints: [], unsigned: 0, small: 0, flag: false, empty: [], gaps: [], optional: nil,
                            absent: nil, nested: [], choices: [], masks: [:])]],
        choices: [.none, .one("一"), .two(a: -7, b: [nil, 2])],
        masks: [.customerName: .hidden, .orderAmount: .partial])

    @Test func valuesAtTheEdgesComeBackAsTheyWent() throws {
        #expect(try Self.roundTrip(Self.edges) == Self.edges)
        // The whole protocol's messages, both ways.
        let request = ClientMessage.request(id: .max, .page(.series(SeriesRequest(site: "沪A·冷链07", metric: "cold.temp")), at: Instant(millis: -1),
                                                               utcOffset: -12 * 3600, window: .standard))
        #expect(try Self.roundTrip(request) == request)
        let reply = ServerMessage.reply(id: 3, .error(.refused("角色 frontline 不可")))
        #expect(try Self.roundTrip(reply) == reply)
        #expect(try Self.roundTrip(ServerMessage.changed) == .changed)
    }

    @Test func aTypeThatDoesNotMatchIsAnErrorNotAGuess() throws {
        let bytes = try WireEncoder.encode(Self.edges)
        #expect(throws: DecodingError.self) { try WireDecoder.decode(PageSnapshot.self, from: bytes) }
        #expect(throws: DecodingError.self) { try WireDecoder.decode([Int8].self, from: try WireEncoder.encode([300])) }
        #expect(throws: DecodingError.self) { try WireDecoder.decode(UInt.self, from: try WireEncoder.encode(-1)) }
        #expect(throws: DecodingError.self) { try WireDecoder.decode(String.self, from: try WireEncoder.encode(1.5)) }
    }

    @Test func everyTruncationAndForgedLengthIsAnError() throws {
        let bytes = try WireEncoder.encode(Self.edges)
        for length in 0..<bytes.count {
            #expect(throws: DecodingError.self) { try WireDecoder.decode(Edges.self, from: Array(bytes.prefix(length))) }
        }
        #expect(throws: DecodingError.self) { try WireDecoder.decode(Edges.self, from: bytes + [0]) }
        // The top object's size and count made huge: refused before anything is allocated for them.
        for offset in [1, 5] {
            var forged = bytes
            for index in offset ..< offset + 4 { forged[index] = 0xFF }
            #expect(throws: DecodingError.self) { try WireDecoder.decode(Edges.self, from: forged) }
        }
        // An array claiming 2^32-1 elements inside a frame of a few bytes.
        #expect(throws: DecodingError.self) { try WireDecoder.decode([Int].self, from: [WireTag.array.rawValue, 1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0]) }
        // A number whose continuation never ends, and one over 64 bits.
        #expect(throws: DecodingError.self) { try WireDecoder.decode(Int.self, from: [WireTag.int.rawValue] + Array(repeating: 0xFF, count: 12)) }
        #expect(throws: DecodingError.self) { try WireDecoder.decode(UInt64.self, from: [WireTag.uint.rawValue] + Array(repeating: 0xFF, count: 9) + [0x02]) }
    }

    /// A real page snapshot's bytes, mutated at random: each decode ends in a value or an error.
    @Test func mutatedSnapshotsDecodeOrFailButNeverCrash() throws {
        let fixture = try ServiceFixture()
        let service = try fixture.service("executive")
        let corpus = try [PageRequest.overview, .alerts(.open), .customers].map {
            try WireEncoder.encode(ServerMessage.reply(id: 1, .page(try service.page($0, at: AlertFixture.now, utcOffset: 0))))
        } + [try WireEncoder.encode(Self.edges)]
        var fuzzer = MutationFuzzer(corpus: corpus, seed: 21, seconds: 5)
        let ran = fuzzer.run { input in _ = try? WireDecoder.decode(ServerMessage.self, from: input) }
        #expect(ran > 0)
    }
}
