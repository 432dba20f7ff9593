extension SampleGenerator {
    /// `readings.csv`: every series merged in time order, times as epoch seconds, which keeps a million-row file
    /// small and quick to parse. Each series' fixed columns are encoded once.
    func writeReadings(_ writer: inout RecordFileWriter) throws {
        writer.buffer.csvHeader(.reading)
        let comma: UInt8 = 0x2C
        let prefixes = engine.series.map { series in
            var buffer = RecordBuffer()
            buffer.csvField(series.metric.id)
            buffer.byte(comma)
            buffer.csvField(series.site.name)
            buffer.byte(comma)
            buffer.raw(series.metric.stage.rawValue)
            buffer.byte(comma)
            return buffer.bytes
        }
        let units = engine.series.map { series in
            var buffer = RecordBuffer()
            buffer.byte(comma)
            buffer.csvField(series.metric.unit)
            buffer.byte(comma)
            return buffer.bytes
        }
        let lotIDs = lots.lots.map { Array($0.id.utf8) }
        try engine.forEach { series, time, scaled, lot in
            writer.buffer.append(prefixes[series])
            writer.buffer.integer(time)
            writer.buffer.byte(comma)
            writer.buffer.scaled(scaled, decimals: engine.series[series].metric.decimals)
            writer.buffer.append(units[series])
            if lot >= 0 { writer.buffer.append(lotIDs[lot]) }
            writer.buffer.byte(0x0A)
            try writer.endRow()
        }
    }
}
