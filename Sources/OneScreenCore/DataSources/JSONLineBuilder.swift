import Foundation

/// Writes flat JSON objects, one per line, in the record format: what built-in sources that read other formats
/// (SQLite rows, simulated values) hand to ingest, so everything passes the same parser and validation.
struct JSONLineBuilder {
    private(set) var bytes: [UInt8] = []
    private var fieldsInLine = 0

    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    mutating func field(_ name: String, _ value: Int64) {
        key(name)
        bytes += Array(String(value).utf8)
    }

    /// Non-finite numbers have no JSON spelling; they are written as text so ingest rejects them by name.
    mutating func field(_ name: String, _ value: Double) {
        key(name)
        if value.isFinite { bytes += Array("\(value)".utf8) } else { string("\(value)") }
    }

    mutating func endLine() {
        bytes += fieldsInLine == 0 ? Array("{}\n".utf8) : Array("}\n".utf8)
        fieldsInLine = 0
    }

    private mutating func key(_ name: String) {
        bytes.append(fieldsInLine == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
        fieldsInLine += 1
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func string(_ text: String) {
        JSONValue.write(text, into: &bytes)
    }
}
