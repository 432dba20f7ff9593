import Foundation
import Logging
import Testing
import OneScreenTestSupport
@testable import OneScreenCore

/// The server under clients that misbehave: a flood of connections, random bytes, an oversized frame, a stall
/// mid-frame, a client that never reads. Each is dropped or refused; a well-behaved client keeps refreshing and
/// keeps getting change notices throughout.
@Suite(.serialized) struct ServerRobustnessTests {
    final class Running: @unchecked Sendable {
        let directory = TemporaryDirectory("onescreen-server")
        let fixture: ServiceFixture
        let server: Server
        let thread: Thread
        var socket: String { server.socketPath }

        init(limits: ServerLimits = .standard) throws {
            fixture = try ServiceFixture()
            var limits = limits
            limits.stallSeconds = 0.5
            limits.helloSeconds = 0.5
            let server = try Server(socketPath: directory.file("run/s.sock"), store: fixture.store,
                                    config: Config(file: "", directory: directory.path), limits: limits,
                                    logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
            self.server = server
            thread = Thread { try? server.run() }
            thread.start()
        }

        func stop() {
            server.stop()
            while !thread.isFinished { usleep(1000) }
        }
    }

    static func raw(_ path: String) throws -> Int32 { try UnixSocket.connect(path) }

    /// A client that refreshes a page and waits for its reply with a deadline.
    static func refreshes(_ client: ServiceClient) throws -> Bool {
        let page = try client.page(.overview, at: AlertFixture.now, utcOffset: 0)
        guard case .overview = page.content else { return false }
        return true
    }

    @Test func twoHundredClientsAtOnceAreAllServed() throws {
        let running = try Running()
        defer { running.stop() }
        let count = 200
        let served = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: count) { _ in
            guard let client = try? ServiceClient.connect(socket: running.socket, role: nil).get(),
                  (try? Self.refreshes(client)) == true else { return }
            served.add(1)
        }
        #expect(served.value == count)
    }

    @Test func garbageOversizedStalledAndDeafClientsAreDroppedWhileOthersRefresh() throws {
        let running = try Running()
        defer { running.stop() }
        let good = try ServiceClient.connect(socket: running.socket, role: nil).get()
        #expect(try Self.refreshes(good))

        // Random bytes, as a frame and as no frame at all.
        var generator = SystemRandomNumberGenerator()
        let garbage = try Self.raw(running.socket)
        _ = UnixSocket.writeAll(garbage, [0, 0, 0, 40] + (0..<40).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let noise = try Self.raw(running.socket)
        _ = UnixSocket.writeAll(noise, (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        // A length of 2 GiB: refused before any of it is buffered.
        let huge = try Self.raw(running.socket)
        _ = UnixSocket.writeAll(huge, [0x7F, 0xFF, 0xFF, 0xFF, 1, 2, 3])
        // Half a frame, then nothing.
        let stalled = try Self.raw(running.socket)
        _ = UnixSocket.writeAll(stalled, [0, 0, 1, 0, 123])
        // Says hello, then asks for big pages forever and never reads a reply.
        let deaf = try Self.raw(running.socket)
        let hello = try WireProtocol.frame(ClientMessage.hello(version: WireProtocol.version, role: nil))
        let ask = try WireProtocol.frame(ClientMessage.request(id: 1, .page(.quality, at: AlertFixture.now, utcOffset: 0, window: .standard)))
        _ = UnixSocket.writeAll(deaf, hello)
        let flood = Thread { for _ in 0..<400 where UnixSocket.writeAll(deaf, ask) {} }
        flood.start()

        for _ in 0..<20 { #expect(try Self.refreshes(good)) }
        // Every bad one is closed by the server: a read sees end of stream (or a reset) within the deadline.
        for fd in [garbage, noise, huge, stalled] {
            #expect(Self.closedByServer(fd, within: 5), "descriptor \(fd) still open")
            close(fd)
        }
        // A change reaches the good client as a notice.
        _ = try good.takeChange()
        try running.fixture.store.appendAudit(AuditEntry(at: .now, user: "t", role: "t", action: "t", subject: "t"))
        #expect(Self.eventually(within: 5) { (try? good.takeChange()) == true })
        #expect(try Self.refreshes(good))
        close(deaf)
        while !flood.isFinished { usleep(1000) }
    }

    /// The hello and the refusal are JSON in every version: a client of protocol 3 (JSON throughout) reads why.
    @Test func aClientOfAnotherProtocolVersionIsToldSo() throws {
        let running = try Running()
        defer { running.stop() }
        let fd = try Self.raw(running.socket)
        defer { close(fd) }
        let hello = Array(#"{"hello":{"version":3}}"#.utf8)
        _ = UnixSocket.writeAll(fd, [0, 0, 0, UInt8(hello.count)] + hello)
        let body = try #require(try Self.frame(from: fd))
        let message = try JSONDecoder().decode(ServerMessage.self, from: Data(body))
        guard case .refused(let why) = message else { Issue.record("not refused: \(message)"); return }
        #expect(why.contains("protocol \(WireProtocol.version)") && why.contains("3"))
    }

    /// After the welcome, a frame that is not a message in the binary form (random bytes, or JSON as before) drops the
    /// client and nobody else.
    @Test func aWelcomedClientSendingWhatIsNotAMessageIsDropped() throws {
        let running = try Running()
        defer { running.stop() }
        let good = try ServiceClient.connect(socket: running.socket, role: nil).get()
        var generator = SystemRandomNumberGenerator()
        let json = try JSONEncoder().encode(ClientMessage.request(id: 1, .status))
        for body in [(0..<200).map { _ in UInt8.random(in: 0...255, using: &generator) }, Array(json)] {
            let fd = try Self.raw(running.socket)
            _ = UnixSocket.writeAll(fd, try WireProtocol.frame(ClientMessage.hello(version: WireProtocol.version, role: nil)))
            let welcome = try #require(try Self.frame(from: fd))
            guard case .welcome = try WireProtocol.message(ServerMessage.self, from: welcome, handshake: true) else {
                Issue.record("not welcomed")
                return
            }
            _ = UnixSocket.writeAll(fd, [0, 0, UInt8(body.count >> 8), UInt8(body.count & 0xFF)] + body)
            #expect(Self.closedByServer(fd, within: 5))
            close(fd)
            #expect(try Self.refreshes(good))
        }
    }

    /// The first whole frame the server sends on `fd`, read with a deadline.
    static func frame(from fd: Int32) throws -> [UInt8]? {
        var reader = FrameReader(limit: WireProtocol.maxReplyBytes)
        var chunk = [UInt8](repeating: 0, count: 4096)
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let body = try reader.next() { return body }
            var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 100) >= 0 else { return nil }
            let count = recv(fd, &chunk, chunk.count, Int32(MSG_DONTWAIT))
            if count == 0 { return nil }
            if count > 0 { chunk.withUnsafeBytes { reader.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) } }
        }
        return nil
    }

    static func closedByServer(_ fd: Int32, within seconds: Double) -> Bool {
        eventually(within: seconds) {
            var byte: UInt8 = 0
            let count = recv(fd, &byte, 1, Int32(MSG_DONTWAIT))
            return count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
        }
    }

    static func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}

/// A counter shared by the threads of `concurrentPerform`.
final class Atomic: @unchecked Sendable {
    private let lock = NSLock()
    private var count: Int
    init(_ count: Int) { self.count = count }
    func add(_ n: Int) { lock.withLock { count += n } }
    var value: Int { lock.withLock { count } }
}
