/// Turns an HTTP answer, a JSON array of records or JSON Lines, into JSON Lines as its bytes arrive, without
/// holding the answer: each element is cut out as written (numbers keep their digits, and ingest's parser gives its
/// located messages), a pretty-printed element is flattened onto one line, and an object without `type` gets the
/// configured one, so an API that returns bare readings needs no adapter.
struct JSONRecordStream {
    private enum Shape { case undecided, array, lines, ended }

    let type: RecordType?
    private var shape = Shape.undecided
    private var item: [UInt8] = []
    /// The item is longer than one record may be: its head is kept, so ingest rejects it as overlong.
    private var overlong = false
    private var depth = 0
    private var inString = false
    private var escaped = false

    init(type: RecordType?) { self.type = type }

    /// Reads `bytes`, calling `emit` with each record line completed, its `\n` included.
    mutating func feed(_ bytes: UnsafeRawBufferPointer, emit: ([UInt8]) -> Void) throws(SourceFailure) {
        for byte in bytes {
            switch shape {
            case .undecided:
                if Self.isSpace(byte) { continue }
                if byte == UInt8(ascii: "[") { shape = .array } else { shape = .lines; take(byte) }
            case .lines:
                if byte == 0x0A { finishItem(emit) } else { take(byte) }
            case .array:
                if inString {
                    if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                    take(byte)
                    continue
                }
                switch byte {
                case 0x22: inString = true; take(byte)
                case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1; take(byte)
                case UInt8(ascii: "]") where depth == 0: finishItem(emit); shape = .ended
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1; take(byte)
                case UInt8(ascii: ",") where depth == 0: finishItem(emit)
                default: if !(item.isEmpty && Self.isSpace(byte)) { take(byte) }
                }
            case .ended:
                guard Self.isSpace(byte) else { throw SourceFailure("the answer has text after its JSON array") }
            }
        }
    }

    /// The end of the answer: a last line without its line end is a record; an array must have been closed.
    mutating func finish(emit: ([UInt8]) -> Void) throws(SourceFailure) {
        switch shape {
        case .lines: finishItem(emit)
        case .array: throw SourceFailure("the answer starts like a JSON array but does not end as one")
        case .undecided, .ended: break
        }
    }

    private mutating func take(_ byte: UInt8) {
        guard !overlong else { return }
        // A raw line break inside JSON is only ever whitespace: flattened, a pretty-printed element is one line.
        item.append(byte == 0x0A || byte == 0x0D ? 0x20 : byte)
        if item.count > IngestLimits.maxLineBytes { overlong = true }
    }

    private mutating func finishItem(_ emit: ([UInt8]) -> Void) {
        defer { item.removeAll(keepingCapacity: item.count < (64 << 10)); overlong = false }
        var slice = item[...]
        while let first = slice.first, Self.isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, Self.isSpace(last) { slice = slice.dropLast() }
        guard !slice.isEmpty else { return }
        var line: [UInt8] = []
        if !overlong, let type, slice.first == UInt8(ascii: "{"), !Self.hasTypeField(Array(slice)) {
            line = Array("{\"type\":\"\(type.rawValue)\"".utf8)
            var rest = slice.dropFirst()
            while let first = rest.first, Self.isSpace(first) { rest = rest.dropFirst() }
            if rest.first != UInt8(ascii: "}") { line.append(UInt8(ascii: ",")) }
            line += rest
        } else {
            // Non-objects go through as they are: ingest says what is wrong with them.
            line = Array(slice)
        }
        line.append(0x0A)
        emit(line)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    static func hasTypeField(_ item: [UInt8]) -> Bool {
        guard case .success(let fields) = JSONLineParser.parse(item) else { return true }
        return fields.contains { $0.name == "type" }
    }
}
