import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Polls a URL that answers with a JSON array of records or with JSON Lines. Objects without a `type` field get
/// the configured one, so an API that returns bare readings needs no adapter.
struct HTTPSource: DataSource {
    let settings: HTTPSettings

    /// A larger answer is not a poll result but a dump; use a file or sqlite source for those.
    static let maxBodyBytes = 64 << 20

    func run(_ context: SourceRunContext) async throws -> String? {
        var request = URLRequest(url: settings.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: context.timeout.secondsValue)
        request.setValue("application/json, application/x-ndjson", forHTTPHeaderField: "Accept")
        for (name, value) in settings.headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response): (Data, URLResponse)
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw SourceFailure("\(settings.url.absoluteString): \(error.localizedDescription)")
        }
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            let said = String(decoding: data.prefix(200), as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            throw SourceFailure("HTTP \(http.statusCode) from \(settings.url.absoluteString)\(said.isEmpty ? "" : ": \(said)")")
        }
        guard data.count <= Self.maxBodyBytes else { throw SourceFailure("answer of \(data.count) bytes, over the \(Self.maxBodyBytes >> 20) MiB limit") }
        let lines = try Self.records(Array(data), type: settings.type)
        if !lines.isEmpty {
            _ = await context.ingest(IngestInput(name: settings.url.absoluteString, origin: .bytes(lines), format: .jsonLines))
        }
        return nil
    }

    /// The body as JSON Lines, each object typed.
    static func records(_ body: [UInt8], type: RecordType?) throws -> [UInt8] {
        let first = body.first { !JSONArraySplitter.isSpace($0) }
        let items: [ArraySlice<UInt8>]
        if first == UInt8(ascii: "[") {
            guard let elements = JSONArraySplitter.elements(body) else { throw SourceFailure("the answer starts like a JSON array but is not one") }
            items = elements
        } else {
            items = body.split(separator: 0x0A).map(JSONArraySplitter.trimmed).filter { !$0.isEmpty }
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count + items.count * 24)
        for item in items {
            // A pretty-printed element spans lines; raw line breaks in JSON are only ever whitespace.
            let flat = item.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
            if let type, flat.first == UInt8(ascii: "{"), !hasTypeField(flat) {
                out += Array("{\"type\":\"\(type.rawValue)\"".utf8)
                let rest = JSONArraySplitter.trimmed(flat.dropFirst())
                if rest.first != UInt8(ascii: "}") { out.append(UInt8(ascii: ",")) }
                out += rest
            } else {
                // Non-objects go through as they are: ingest says what is wrong with them.
                out += flat
            }
            out.append(0x0A)
        }
        return out
    }

    static func hasTypeField(_ item: [UInt8]) -> Bool {
        guard case .success(let fields) = JSONLineParser.parse(item) else { return true }
        return fields.contains { $0.name == "type" }
    }
}
