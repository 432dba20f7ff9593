/// One generated file other than the readings: its name, the type of its records and the records, in order.
struct SampleTable: Sendable {
    let file: String
    let type: RecordType
    let records: [Record]

    /// CSV when the name says so (with the RECORDS.md header), JSON Lines otherwise.
    func write(_ writer: inout RecordFileWriter) throws {
        let csv = file.hasSuffix(".csv")
        if csv { writer.buffer.csvHeader(type) }
        for record in records {
            if csv { writer.buffer.csvLine(record) } else { writer.buffer.jsonLine(record) }
            try writer.endRow()
        }
    }
}
