#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OneScreenCore

/// Readings as a cold chain's collectors send them, written once as CSV and once as JSON Lines with the same rows:
/// 500 series (trucks, cold stores, store freezers each minute; farms and plants each hour) at sites with Chinese
/// names like `沪A·冷链07`, ordered by time as a live feed interleaves them, units like `°C`, lots on the series
/// that carry goods. Deterministic, so that runs compare. A feed of more series adds store freezers and chillers
/// (sites `苏·门店00121` on), as a group with more stores would; a feed of fewer keeps the first ones.
struct ReadingFeed {
    struct Series {
        var metric: String
        var site: String
        var stage: Stage
        var unit: String
        var everyMinutes: Int
        var base: Double
        var spread: Double
        var decimals: Int
        /// Series that carry goods name the lot on board; it changes every `lotMinutes`.
        var carriesLots: Bool
    }

    static let utcOffset = 8 * 3600
    static let lotMinutes = 480
    let series: [Series]

    static let defaultSeries = 500

    init(series count: Int = Self.defaultSeries) {
        var series: [Series] = []
        func add(_ sites: [String], _ stage: Stage, every: Int, _ metrics: [(String, String, Double, Double, Int, Bool)]) {
            for site in sites {
                for (metric, unit, base, spread, decimals, lots) in metrics {
                    series.append(Series(metric: metric, site: site, stage: stage, unit: unit, everyMinutes: every,
                                         base: base, spread: spread, decimals: decimals, carriesLots: lots))
                }
            }
        }
        let plates = ["沪A", "苏E", "浙B"]
        add((1...60).map { "\(plates[$0 % 3])·冷链\(Self.twoDigits($0))" }, .transport, every: 1,
            [("truck.temp", "°C", 3, 1.5, 1, true), ("truck.humidity", "%RH", 85, 8, 0, false)])
        add((1...20).map { "沪·冷库\(Self.twoDigits($0))" }, .warehouse, every: 1,
            [("cold.temp", "°C", -18, 2, 1, true), ("cold.humidity", "%RH", 80, 10, 0, false), ("cold.light", "lx", 300, 200, 0, false)])
        add((1...120).map { "苏·门店\($0 < 100 ? "0" : "")\(Self.twoDigits($0))" }, .store, every: 1,
            [("freezer.temp", "°C", -18, 3, 1, false), ("chiller.temp", "°C", 4, 2, 1, false)])
        add((1...20).map { "鲁·养殖场\(Self.twoDigits($0))" }, .farm, every: 60,
            [("barn.temp", "°C", 22, 4, 1, false), ("barn.co2", "ppm", 1200, 400, 0, false)])
        add((1...20).map { "鲁·加工厂\(Self.twoDigits($0))" }, .plant, every: 60,
            [("line.temp", "°C", 10, 3, 1, false), ("pack.weight", "kg", 20, 0.5, 2, true)])
        var store = 121
        while series.count < count {
            add(["苏·门店\(String(repeating: "0", count: max(0, 5 - String(store).count)))\(store)"], .store, every: 1,
                [("freezer.temp", "°C", -18, 3, 1, false), ("chiller.temp", "°C", 4, 2, 1, false)])
            store += 1
        }
        self.series = Array(series.prefix(count))
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Writes `rows` readings to both files, the last of them before `end`.
    func write(rows: Int, endingBefore end: Instant, csv csvPath: String, jsonl jsonlPath: String) throws {
        let perHour = series.reduce(0) { $0 + 60 / $1.everyMinutes }
        let minutes = (rows * 60 + perHour - 1) / perHour + 60
        let start = (end.millis / 1000 - Int64(minutes) * 60) / 3600 * 3600
        let csvPrefixes = series.map { Array("\($0.metric),\($0.site),\($0.stage.rawValue),".utf8) }
        let jsonPrefixes = series.map {
            Array(#"{"type":"reading","metric":"\#($0.metric)","site":"\#($0.site)","stage":"\#($0.stage.rawValue)","time":""#.utf8)
        }
        var csv = try Output(csvPath), jsonl = try Output(jsonlPath)
        csv.append("metric,site,stage,time,value,unit,lot\n")
        var random = SplitMix(seed: 20261123)
        var written = 0
        minutesLoop: for minute in 0..<minutes {
            let time = Instant(seconds: start + Int64(minute) * 60).rfc3339(utcOffset: Self.utcOffset)
            for (index, s) in series.enumerated() where minute % s.everyMinutes == 0 {
                guard written < rows else { break minutesLoop }
                let value = BenchFormat.fixed(s.base + s.spread * (random.unit() * 2 - 1), s.decimals)
                let lot = s.carriesLots ? "L20261122-\(100 + (index * 7 + minute / Self.lotMinutes) % 900)" : nil
                csv.append(csvPrefixes[index])
                csv.append("\(time),\(value),\(s.unit),\(lot ?? "")\n")
                jsonl.append(jsonPrefixes[index])
                jsonl.append(#"\#(time)","value":\#(value),"unit":"\#(s.unit)""#)
                jsonl.append(lot.map { #","lot":"\#($0)"}"# + "\n" } ?? "}\n")
                written += 1
            }
        }
        try csv.close()
        try jsonl.close()
    }

    /// A file written through one buffer, so generation stays a small part of a benchmark run.
    private struct Output {
        let path: String
        let file: UnsafeMutablePointer<FILE>
        var buffer: [UInt8] = []

        init(_ path: String) throws {
            guard let file = fopen(path, "w") else { throw BenchError("cannot create \(path)") }
            self.path = path
            self.file = file
            buffer.reserveCapacity(1 << 20)
        }

        mutating func append(_ text: String) { append(Array(text.utf8)) }

        mutating func append(_ bytes: [UInt8]) {
            buffer += bytes
            if buffer.count >= 1 << 20 { flush() }
        }

        mutating func flush() {
            fwrite(buffer, 1, buffer.count, file)
            buffer.removeAll(keepingCapacity: true)
        }

        mutating func close() throws {
            flush()
            guard fclose(file) == 0 else { throw BenchError("cannot write \(path)") }
        }
    }

    /// SplitMix64: a tiny, fast, seedable generator; the values only need to look like sensor noise.
    private struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }

        /// Uniform in [0, 1).
        mutating func unit() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }
}
