import Foundation

/// An `http` source: a URL polled for a JSON array or JSON lines of records.
public struct HTTPSettings: Sendable, Equatable {
    public var url: URL
    /// The record type of objects that do not carry a `type` field themselves.
    public var type: RecordType?
    public var headers: [String: String]

    public init(url: URL, type: RecordType? = nil, headers: [String: String] = [:]) {
        self.url = url
        self.type = type
        self.headers = headers
    }

    static let keys = ["url", "type", "headers"]

    static func read(_ fields: ConfigFields, _ reader: inout ConfigReader) -> HTTPSettings? {
        reader.require(["url"], in: fields)
        let type = reader.choice("type", in: fields, as: RecordType.self)
        let headers = reader.stringMap("headers", in: fields) ?? [:]
        guard let text = reader.string("url", in: fields, what: "a URL") else { return nil }
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            reader.problem(at: fields["url"], fields.path("url"), "'\(text)' is not an http:// or https:// URL")
            return nil
        }
        return HTTPSettings(url: url, type: type, headers: headers)
    }
}
