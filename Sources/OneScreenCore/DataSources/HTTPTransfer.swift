import CCurl
import Foundation

/// One GET of an http source through libcurl's easy interface, on the source's own thread: the body is handed to
/// ingest as it arrives (never held whole), the size limit is enforced as bytes come in, and the deadline covers the
/// whole request, connect, headers and body, leaving out only the time the body waits for the store. A raised stop
/// flag (the collector stopping, SIGTERM) ends it within a second; a server that never answers costs a poll.
final class HTTPTransfer {
    /// A larger answer is not a poll result but a dump; use a file or sqlite source for those.
    static let maxBodyBytes = 64 << 20
    /// What of an error answer's body the message quotes.
    static let errorBodyBytes = 200

    private let settings: HTTPSettings
    private let timeout: Duration
    private let handoff: ChunkHandoff
    private let stop: StopFlag
    private let library: Libcurl
    private let curl: UnsafeMutableRawPointer
    private var deadline: ContinuousClock.Instant
    private var records: JSONRecordStream
    private var chunker = LineChunker()
    private var received = 0
    private var status = 0
    private var errorBody: [UInt8] = []
    private var failure: SourceFailure?

    init(settings: HTTPSettings, timeout: Duration, handoff: ChunkHandoff, stop: StopFlag) throws {
        let library: Libcurl
        do throws(MissingLibrary) { library = try Libcurl.shared.get() } catch { throw SourceFailure(error.description) }
        guard let curl = library.easyInit() else { throw SourceFailure("cannot start an HTTP client (libcurl)") }
        self.library = library
        self.settings = settings
        self.timeout = timeout
        self.handoff = handoff
        self.stop = stop
        self.curl = curl
        deadline = .now + timeout
        records = JSONRecordStream(type: settings.type)
    }

    deinit { library.easyCleanup(curl) }

    func run() throws {
        var headers = library.slistAppend(nil, "Accept: application/json, application/x-ndjson")
        for (name, value) in settings.headers { headers = library.slistAppend(headers, "\(name): \(value)") }
        defer { library.slistFreeAll(headers) }
        var errorText = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let url = settings.url.absoluteString
        let context = Unmanaged.passUnretained(self).toOpaque()
        let prepared = errorText.withUnsafeMutableBufferPointer { buffer in
            onescreen_curl_prepare(library.easySetopt, curl, url, headers, Int(timeout.milliseconds), Self.write, Self.progress, context, buffer.baseAddress)
        }
        guard prepared == CURLE_OK else { throw SourceFailure("\(url): cannot set up the request: \(library.text(prepared))") }
        deadline = .now + timeout
        let code = library.easyPerform(curl)
        if stop.isRaised { throw CancellationError() }
        if let failure {
            // What arrived whole before the cut is stored; the element it cut is not a record.
            chunker.finish(complete: false) { handoff.deliver($0, firstLine: $1) }
            throw failure
        }
        switch code {
        case CURLE_OK: break
        case CURLE_ABORTED_BY_CALLBACK, CURLE_OPERATION_TIMEDOUT:
            chunker.finish(complete: false) { handoff.deliver($0, firstLine: $1) }
            throw SourceFailure("\(url): timed out after \(timeout.configText) (connect, headers and body)")
        default:
            let detail = String(cString: errorText)
            throw SourceFailure("\(url): \(detail.isEmpty ? library.text(code) : detail)")
        }
        if !(200..<300).contains(status) {
            let said = String(decoding: errorBody, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            throw SourceFailure("HTTP \(status) from \(url)\(said.isEmpty ? "" : ": \(said)")")
        }
        try records.finish { line in line.withUnsafeBytes { chunker.append($0) { handoff.deliver($0, firstLine: $1) } } }
        chunker.finish(complete: true) { handoff.deliver($0, firstLine: $1) }
    }

    /// A piece of the body; false stops the transfer.
    private func body(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if status == 0 { status = onescreen_curl_status(library.easyGetinfo, curl) }
        guard (200..<300).contains(status) else {
            errorBody += bytes.prefix(Self.errorBodyBytes - errorBody.count)
            return errorBody.count < Self.errorBodyBytes
        }
        received += bytes.count
        guard received <= Self.maxBodyBytes else {
            failure = SourceFailure("\(settings.url.absoluteString): answer over the \(Self.maxBodyBytes >> 20) MiB limit; stopped reading it")
            return false
        }
        do {
            try records.feed(bytes) { line in line.withUnsafeBytes { chunker.append($0) { handoff.deliver($0, firstLine: $1) } } }
        } catch {
            failure = error
            return false
        }
        return true
    }

    /// Whether to go on: not once stopped, nor past the deadline (pushed back by the time spent waiting for the store).
    private var goesOn: Bool { !stop.isRaised && ContinuousClock.now < deadline + handoff.timeInIngest }

    private static let write: onescreen_curl_write = { data, size, count, context in
        let transfer = Unmanaged<HTTPTransfer>.fromOpaque(context!).takeUnretainedValue()
        let length = size * count
        return transfer.body(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
    }

    private static let progress: onescreen_curl_progress = { context, _, _, _, _ in
        Unmanaged<HTTPTransfer>.fromOpaque(context!).takeUnretainedValue().goesOn ? 0 : 1
    }
}
