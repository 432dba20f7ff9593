#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one door into the store: the CLI, file sources and plug-ins all ingest through here, so every row meets
/// the same validation and the same batched writer. Bad rows are reported and kept as rejects; they never stop
/// the good rows around them.
public final class Ingestor {
    public struct Options: Sendable {
        /// The lineage name stored with each row; nil means each input's own name.
        public var sourceName: String?
        public var shift: TimeShift
        public var batchRows: Int
        /// The run's allowance of rejected rows kept and reported; shared when one run ingests several inputs.
        public var rejects: RejectBudget

        public init(sourceName: String? = nil, shift: TimeShift = .none, batchRows: Int = IngestLimits.batchRows,
                    rejects: RejectBudget = RejectBudget()) {
            self.sourceName = sourceName; self.shift = shift; self.batchRows = batchRows; self.rejects = rejects
        }
    }

    let writer: StoreWriter
    let options: Options
    let now: @Sendable () -> Instant
    let report: (IngestProblem) -> Void
    /// Called after each committed batch with the records it stored, e.g. to evaluate alert rules.
    var afterBatch: (([Record]) throws -> Void)?

    public init(writer: StoreWriter, options: Options = Options(), now: @escaping @Sendable () -> Instant,
                report: @escaping (IngestProblem) -> Void) {
        self.writer = writer; self.options = options; self.now = now; self.report = report
    }

    public func onBatch(_ body: @escaping ([Record]) throws -> Void) { afterBatch = body }

    public func run(_ inputs: [IngestInput]) -> IngestSummary {
        var summary = IngestSummary()
        for input in inputs { summary.add(run(input)) }
        return summary
    }

    public func run(_ input: IngestInput) -> IngestSummary {
        var run = InputRun(input: input, ingestor: self)
        do {
            switch input.origin {
            case .file(let path): try run.read(LineReader(try FileDescriptorSource(path: path), firstLine: input.firstLine))
            case .standardInput: try run.read(LineReader(FileDescriptorSource(fd: 0), firstLine: input.firstLine))
            case .bytes(let bytes): try run.read(LineReader(MemorySource(bytes), firstLine: input.firstLine))
            }
        } catch let error as ReadError {
            run.unreadable(error.description.hasPrefix(input.name) ? String(error.description.dropFirst(input.name.count + 2)) : error.description)
        } catch {
            run.unreadable("\(error)")
        }
        return run.summary
    }

    /// The state of ingesting one input: its format, CSV header, the batch being filled.
    struct InputRun {
        /// The most lines one CSV record may span: a text field holds at most 1,000 characters, so a quoted field
        /// still open after that many line breaks is an unclosed quote, not a long note.
        static let maxRecordLines = IngestLimits.maxTextLength + 1

        let input: IngestInput
        let ingestor: Ingestor
        var summary = IngestSummary()
        var batch = PendingBatch()
        var format: IngestInput.Format?
        var header: [String]?
        var stopped = false
        let decoder: RecordDecoder
        /// A CSV row's cells and named fields, kept between rows so that each row reuses their storage.
        var cells: [String] = []
        var csvFields: [RawField] = []
        let interner = TextInterner()

        init(input: IngestInput, ingestor: Ingestor) {
            self.input = input
            self.ingestor = ingestor
            self.format = input.format
            self.decoder = RecordDecoder(now: ingestor.now(), shift: ingestor.options.shift)
        }

        var source: String { ingestor.options.sourceName ?? input.name }

        mutating func unreadable(_ reason: String, line: Int? = nil, field: String = "input") {
            ingestor.report(IngestProblem(source: input.name, line: line, problem: FieldProblem(field, reason)))
            summary.unreadable += 1
            stopped = true
        }

        mutating func read<S: ByteSource>(_ lines: LineReader<S>) throws {
            var lines = lines
            // Lines read ahead for a quoted field that never closed, to be read again as rows of their own.
            var replay: [LineReader<S>.Line] = []
            func next(_ line: inout LineReader<S>.Line) throws -> Bool {
                guard replay.isEmpty else { line = replay.removeFirst(); return true }
                return try lines.next(into: &line)
            }
            // One line's storage for the whole input; lines kept aside (`joined`, `replay`) are copies.
            var line = LineReader<S>.Line()
            var more = LineReader<S>.Line()
            while !stopped, try next(&line) {
                if let length = line.overlongBytes {
                    if format == .csv && header == nil {
                        unreadable("the header line is \(length) bytes, longer than the \(IngestLimits.maxLineBytes >> 20) MiB limit", line: line.number)
                        break
                    }
                    add(line.number, line.bytes, .rejected([FieldProblem("line", "\(length) bytes, longer than the \(IngestLimits.maxLineBytes >> 20) MiB limit for one record")]))
                    continue
                }
                if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                let lead = line.bytes.first(where: { $0 != 0x20 && $0 != 0x09 })
                if format == nil { format = lead == UInt8(ascii: "{") || lead == UInt8(ascii: "[") ? .jsonLines : .csv }
                if format == .jsonLines, line.number == 1, Self.opensADocument(line.bytes) {
                    // A pretty-printed object or an array: every line of it would be its own confusing error.
                    unreadable("this is one JSON document (an array or a pretty-printed object), not JSON Lines; write one record per line, e.g. jq -c '.[]' FILE > FILE.jsonl", line: line.number, field: "json")
                    break
                }
                if format == .jsonLines {
                    jsonLine(line.number, line.bytes)
                    continue
                }
                let first = line.number
                var open = CSVParser.isOpen(line.bytes)
                var joined: [LineReader<S>.Line] = []
                while open, line.bytes.count <= IngestLimits.maxLineBytes, joined.count < Self.maxRecordLines, try next(&more) {
                    joined.append(more)
                    line.bytes.append(0x0A)
                    line.bytes += more.bytes
                    if more.overlongBytes != nil { line.overlongBytes = more.overlongBytes; break }
                    open = CSVParser.isOpen(line.bytes)
                }
                if open || line.overlongBytes != nil || line.bytes.count > IngestLimits.maxLineBytes {
                    // A quote that never closes is that line's fault alone: it is refused, and the lines read
                    // ahead for it are read again as the rows they are, so nothing after it is lost.
                    if header == nil { unreadable("header: a quoted field opens and does not close", line: first, field: "csv"); break }
                    let own = joined.isEmpty ? line.bytes : Array(line.bytes.prefix(while: { $0 != 0x0A }))
                    add(first, own, .rejected([FieldProblem("csv", "a quoted field opens here and does not close; quote the whole field and double the quotes inside it (\"5\"\" probe\")")]))
                    replay = joined + replay
                } else {
                    csvRecord(first, line.bytes)
                }
            }
            if !batch.isEmpty { flush() }
        }

        /// Whether the first line of a JSON input starts a document rather than holding a record: `[` (an array), or
        /// an object left open at the end of its line as pretty-printers leave it (`{` alone, or `{"type": "x",`).
        static func opensADocument(_ bytes: [UInt8]) -> Bool {
            let space: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            let trimmed = bytes.drop(while: space).reversed().drop(while: space)
            guard let first = trimmed.last else { return false }
            return first == UInt8(ascii: "[") || (first == UInt8(ascii: "{") && (trimmed.count == 1 || trimmed.first == UInt8(ascii: ",")))
        }

        mutating func jsonLine(_ number: Int, _ bytes: [UInt8]) {
            switch JSONLineParser.parse(bytes, interner: interner) {
            case .failure(let e):
                add(number, bytes, .rejected([FieldProblem("json", "column \(e.column): \(e.reason)")]))
            case .success(let fields):
                add(number, bytes, content(decoder.decode(fields, as: nil)))
            }
        }

        mutating func csvRecord(_ number: Int, _ bytes: [UInt8]) {
            let error = CSVParser.fields(bytes, into: &cells, interner: interner)
            guard let header else {
                if let error { unreadable("header: \(error.reason)", line: number, field: "csv") }
                else { acceptHeader(cells.map { String($0.trimmingSpaces) }, line: number) }
                return
            }
            if let error {
                add(number, bytes, .rejected([FieldProblem("csv", error.reason)]))
            } else if cells.count != header.count {
                add(number, bytes, .rejected([FieldProblem("csv", "\(cells.count) fields, the header has \(header.count)")]))
            } else {
                // The names are the header's on every row: only the values change.
                if csvFields.count != header.count { csvFields = header.map { RawField(name: $0, value: .null) } }
                for i in cells.indices { csvFields[i].value = .text(cells[i]) }
                add(number, bytes, content(decoder.decode(csvFields, as: input.type)))
            }
        }

        /// A CSV header must name its type's fields exactly; a header that cannot work refuses the whole file
        /// once, rather than every row with the same complaint.
        mutating func acceptHeader(_ names: [String], line: Int) {
            guard let type = input.type else {
                unreadable("cannot tell the record type of this CSV; name the file after it (readings.csv) or pass --type", line: line, field: "type")
                return
            }
            let spec = RecordDecoder.fields(of: type)
            var seen: Set<String> = []
            for name in names where name != "type" {
                if !spec.names.contains(name) {
                    unreadable("unknown field '\(name)' for \(type.rawValue) records\(Suggestion.hint(for: name, among: spec.names))", line: line, field: "header")
                    return
                }
                if !seen.insert(name).inserted { unreadable("field '\(name)' appears twice", line: line, field: "header"); return }
            }
            if let missing = spec.names.first(where: { spec.required.contains($0) && !seen.contains($0) }) {
                unreadable("required field '\(missing)' has no column", line: line, field: "header")
                return
            }
            header = names
        }

        func content(_ decoded: Decoded) -> PendingRow.Content {
            switch decoded {
            case .record(let r): .record(r)
            case .rejected(let p): .rejected(p)
            }
        }

        mutating func add(_ line: Int, _ raw: [UInt8], _ content: PendingRow.Content) {
            var content = content
            if case .rejected(let problems) = content {
                switch ingestor.options.rejects.admit() {
                case .keep: break
                case .last: content = .rejected(problems + [ingestor.options.rejects.notice])
                case .count:
                    summary.rejected += 1
                    return
                }
            }
            batch.append(line: line, raw: raw, content: content)
            if batch.count >= ingestor.options.batchRows { flush() }
        }

        mutating func flush() {
            defer { batch.removeAll() }
            let outcomes: [RowOutcome]
            do {
                outcomes = try ingestor.writer.write(batch, source: source, at: ingestor.now())
            } catch {
                // The store itself failed (locked past the timeout, disk full): nothing of this batch was kept.
                unreadable("store write failed, \(batch.count) rows from line \(batch.rows.first?.line ?? 0) not stored: \(error)")
                return
            }
            // Only a batch hook needs the stored records; without one, collecting them is a copy per row for nothing.
            let collecting = ingestor.afterBatch != nil
            var stored: [Record] = []
            // Counted by runs of one type, as inputs come, rather than a dictionary update per row.
            var run: (type: RecordType, count: Int)?
            defer { if let run { summary.acceptedByType[run.type, default: 0] += run.count } }
            for (i, outcome) in outcomes.enumerated() {
                switch outcome {
                case .stored:
                    summary.accepted += 1
                    if let type = batch.rows[i].content.recordType {
                        if run?.type == type { run!.count += 1 } else {
                            if let run { summary.acceptedByType[run.type, default: 0] += run.count }
                            run = (type, 1)
                        }
                        if collecting, case .record(let r) = batch.rows[i].content { stored.append(r) }
                    }
                case .duplicate:
                    summary.duplicates += 1
                case .rejected(var problems):
                    summary.rejected += 1
                    // Rows refused by the store (an unknown reference) draw on the run's allowance here; rows
                    // refused by validation already did in `add`.
                    if case .record = batch.rows[i].content {
                        switch ingestor.options.rejects.admit() {
                        case .keep: break
                        case .last: problems.append(ingestor.options.rejects.notice)
                        case .count: continue
                        }
                    }
                    for p in problems { ingestor.report(IngestProblem(source: input.name, line: batch.rows[i].line, problem: p)) }
                }
            }
            if let afterBatch = ingestor.afterBatch, !stored.isEmpty {
                do { try afterBatch(stored) } catch {
                    ingestor.report(IngestProblem(source: input.name, line: nil, problem: FieldProblem("rules", "evaluation after a batch failed: \(error)")))
                }
            }
        }
    }
}
