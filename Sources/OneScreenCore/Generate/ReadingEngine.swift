import Foundation

/// Produces the readings of every series in time order without holding them: a k-way merge over per-series
/// cursors, each value a pure function of (series, time).
///
/// Normal values follow the physics of each site (day/night cycles, slow drift, small sensor noise, door openings
/// warming a truck, morning receiving warming a warehouse, freezer defrost cycles, lights on while staff work or the
/// store is open) and are clamped to the band less the metric's margin. Planned excursions and spikes override them.
struct ReadingEngine: Sendable {
    /// Spacing of the extra reports an on-change gateway sends around an excursion or spike, and while a door is open.
    static let denseStep: Int64 = 300
    /// How far before and after an excursion the dense reports reach.
    static let excursionPadding: Int64 = 3600
    static let spikePadding: Int64 = 1800
    /// The window of readings.
    static let days: Int64 = 30

    let start: Int64
    let end: Int64
    let span: Int64
    private(set) var series: [SampleSeries] = []
    let excursions: [PlannedExcursion]
    let spikes: [PlannedSpike]
    let lots: LotPlan

    init(seed: UInt64, scale: Double, end: Int64, sites: SampleSites, lots: LotPlan, plan: ExcursionPlan) {
        self.end = end
        span = ReadingEngine.days * SampleCalendar.day
        start = end - span
        self.lots = lots
        excursions = plan.excursions
        spikes = plan.spikes
        for (index, entry) in sites.seriesLayout.enumerated() {
            let (site, metric) = entry
            let salt = SampleRandom.mix(seed ^ SampleRandom.mix(UInt64(index + 1) &* 0x2545_F491_4F6C_DD1D))
            let wanted = (Double(span) / Double(metric.baseStep) * scale).rounded()
            let gridCount = Int(min(Double(span), max(1, wanted)))
            let gridStep = span / Int64(gridCount)
            let phase = Int64((salt >> 8) % UInt64(min(60, max(1, gridStep))))
            series.append(
                SampleSeries(metric: metric, site: site, salt: salt, phase: phase, gridCount: gridCount))
        }
        for (index, excursion) in excursions.enumerated() { series[excursion.series].excursions.append(index) }
        for (index, spike) in spikes.enumerated() { series[spike.series].spikes.append(index) }
        for index in series.indices { series[index].extras = extraTimes(series[index]) }
    }

    // MARK: Times

    /// The instants an on-change gateway adds to the regular grid.
    private func extraTimes(_ series: SampleSeries) -> [Int64] {
        var times: [Int64] = []
        func dense(_ low: Int64, _ high: Int64) {
            var time = SampleCalendar.floorDiv(low, ReadingEngine.denseStep) * ReadingEngine.denseStep
            if time < low { time += ReadingEngine.denseStep }
            while time <= high {
                times.append(time)
                time += ReadingEngine.denseStep
            }
        }
        switch series.metric {
        case .coldDoor:
            for opening in lots.doors[series.site.ordinal] where opening.open <= end && opening.close >= start {
                var time = opening.open
                while time < opening.close {
                    times.append(time)
                    time += ReadingEngine.denseStep
                }
                times.append(opening.close)
            }
        case .warehouseLight, .storeLight:
            for day in SampleCalendar.dayNumber(start)...SampleCalendar.dayNumber(end) {
                for interval in litIntervals(series.metric, series.salt, day) {
                    times.append(interval.on)
                    times.append(interval.off)
                }
            }
        default:
            break
        }
        for index in series.excursions {
            let excursion = excursions[index]
            dense(excursion.start - ReadingEngine.excursionPadding, (excursion.end ?? end) + ReadingEngine.excursionPadding)
            times.append(excursion.start)
            if let stop = excursion.end { times.append(stop) }
        }
        for index in series.spikes {
            let spike = spikes[index]
            dense(spike.time - ReadingEngine.spikePadding, spike.time + ReadingEngine.spikePadding)
            times.append(spike.time)
        }
        times.removeAll { $0 < start || $0 > end }
        times.sort()
        var unique: [Int64] = []
        unique.reserveCapacity(times.count)
        for time in times where unique.last != time { unique.append(time) }
        return unique
    }

    @inline(__always)
    private func gridTime(_ series: SampleSeries, _ index: Int) -> Int64 {
        start + series.phase + Int64(index) * span / Int64(series.gridCount)
    }

    /// Whether a regular report is sent at `time` (finished-product weights exist only while the line runs).
    @inline(__always)
    private func active(_ metric: SampleMetric, _ time: Int64) -> Bool {
        guard metric == .plantWeight else { return true }
        let second = SampleCalendar.secondOfDay(time)
        return second >= 6 * SampleCalendar.hour && second < 22 * SampleCalendar.hour
    }

    /// A position in one series' merged times.
    private struct Cursor {
        var grid = 0
        var extra = 0
    }

    /// The next time of a series at or after the cursor, or nil when exhausted; skips inactive grid points.
    @inline(__always)
    private func peek(_ series: SampleSeries, _ cursor: inout Cursor) -> Int64? {
        while cursor.grid < series.gridCount && !active(series.metric, gridTime(series, cursor.grid)) {
            cursor.grid += 1
        }
        let grid = cursor.grid < series.gridCount ? gridTime(series, cursor.grid) : Int64.max
        let extra = cursor.extra < series.extras.count ? series.extras[cursor.extra] : Int64.max
        let next = min(grid, extra)
        return next == Int64.max ? nil : next
    }

    @inline(__always)
    private func consume(_ series: SampleSeries, _ cursor: inout Cursor, _ time: Int64) {
        if cursor.grid < series.gridCount && gridTime(series, cursor.grid) == time { cursor.grid += 1 }
        if cursor.extra < series.extras.count && series.extras[cursor.extra] == time { cursor.extra += 1 }
    }

    /// Times of one series within `low...high`, in order.
    func forEachTime(series index: Int, from low: Int64, to high: Int64, _ body: (Int64) -> Void) {
        let series = series[index]
        var cursor = Cursor()
        while let time = peek(series, &cursor), time <= high {
            if time >= low { body(time) }
            consume(series, &cursor, time)
        }
    }

    /// Every reading in time order (ties by series): series index, time, value scaled to an integer count of
    /// 10^-decimals, and the index of the lot a truck carries (-1 for none).
    func forEach(_ body: (_ series: Int, _ time: Int64, _ scaled: Int64, _ lot: Int) throws -> Void) rethrows {
        var cursors = Array(repeating: Cursor(), count: series.count)
        // Min-heap of (time - start) << 20 | series.
        var heap: [UInt64] = []
        heap.reserveCapacity(series.count)
        for index in series.indices {
            if let time = peek(series[index], &cursors[index]) {
                ReadingEngine.push(&heap, UInt64(time - start) << 20 | UInt64(index))
            }
        }
        while let top = heap.first {
            let index = Int(top & 0xFFFFF)
            let time = start + Int64(top >> 20)
            let metric = series[index].metric
            let value = self.value(index, time)
            var lot = -1
            if metric.stage == .transport, let trip = lots.trip(truck: series[index].site.ordinal, at: time) {
                lot = trip.lot
            }
            try body(index, time, RecordBuffer.scale(value, decimals: metric.decimals), lot)
            consume(series[index], &cursors[index], time)
            if let next = peek(series[index], &cursors[index]) {
                ReadingEngine.replaceTop(&heap, UInt64(next - start) << 20 | UInt64(index))
            } else {
                ReadingEngine.popTop(&heap)
            }
        }
    }

    // MARK: Values

    /// The value of a series at a time, before rounding.
    func value(_ index: Int, _ time: Int64) -> Double {
        let series = series[index]
        for spikeIndex in series.spikes where spikes[spikeIndex].time == time { return spikes[spikeIndex].value }
        var value = normal(series, time)
        for excursionIndex in series.excursions {
            value = excursions[excursionIndex].apply(time, normal: value, salt: series.salt)
        }
        return value
    }

    private func normal(_ series: SampleSeries, _ time: Int64) -> Double {
        let salt = series.salt
        let metric = series.metric
        let hour = Double(SampleCalendar.secondOfDay(time)) / 3600
        let drift = SampleNoise.drift(salt, time, period: 4 * SampleCalendar.hour)
        let jitter = SampleNoise.jitter(salt, time)
        let raw: Double
        switch metric {
        case .farmTemp:
            raw = 24.5 + 1.0 * cos(2 * .pi * (hour - 15) / 24) + 0.9 * drift + 0.25 * jitter
        case .farmCO2:
            raw = 1650 + 380 * cos(2 * .pi * (hour - 4) / 24) + 220 * drift + 40 * jitter
        case .plantTemp:
            raw = ReadingEngine.onShift(hour) ? 8.6 + 0.7 * drift + 0.2 * jitter : 6.2 + 0.5 * drift + 0.15 * jitter
        case .plantCO2:
            raw = ReadingEngine.onShift(hour) ? 780 + 140 * drift + 30 * jitter : 470 + 30 * drift + 15 * jitter
        case .plantWeight:
            raw = 503.2 + 1.6 * drift + 1.1 * jitter
        case .coldTemp:
            raw = 2.3 + 0.35 * drift + 0.12 * jitter + doorWarming(series.site.ordinal, time)
        case .coldDoor:
            raw = doorOpen(series.site.ordinal, time) ? 1 : 0
        case .warehouseTemp:
            raw = 2.0 + 0.3 * drift + 0.1 * jitter + 0.6 * ReadingEngine.bump(hour, 4, 7.5)
                + 0.35 * ReadingEngine.bump(hour, 13, 16.5)
        case .warehouseLight:
            raw = lit(metric, salt, time) ? 215 + 20 * drift + 8 * jitter : 6 + 3 * jitter
        case .freezerTemp:
            let cycle = 8 * SampleCalendar.hour
            let intoCycle = SampleCalendar.floorMod(time + Int64(salt % UInt64(cycle)), cycle)
            let defrost = intoCycle < 25 * 60 ? 1.2 * sin(.pi * Double(intoCycle) / 1500) : 0
            raw = -21.0 + 0.5 * drift + 0.15 * jitter + defrost
        case .storeLight:
            raw = lit(metric, salt, time) ? 680 + 60 * drift + 15 * jitter : 12 + 4 * jitter
        }
        let low = metric.minimum.map { $0 + metric.margin } ?? -Double.greatestFiniteMagnitude
        let high = metric.maximum.map { $0 - metric.margin } ?? Double.greatestFiniteMagnitude
        return metric == .coldDoor ? raw : min(high, max(low, max(raw, metric.floor)))
    }

    @inline(__always)
    private static func onShift(_ hour: Double) -> Bool {
        hour >= 6 && hour < 22
    }

    /// 0 outside `from..<to` hours, a half sine inside.
    @inline(__always)
    private static func bump(_ hour: Double, _ from: Double, _ to: Double) -> Double {
        hour >= from && hour < to ? sin(.pi * (hour - from) / (to - from)) : 0
    }

    /// The opening at or before `time` on a truck, if any.
    @inline(__always)
    private func lastOpening(_ truck: Int, _ time: Int64) -> DoorOpening? {
        let list = lots.doors[truck]
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].open <= time { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? list[low - 1] : nil
    }

    @inline(__always)
    private func doorOpen(_ truck: Int, _ time: Int64) -> Bool {
        guard let opening = lastOpening(truck, time) else { return false }
        return time < opening.close
    }

    /// Warmth let in by a door opening: up to 0.6 °C over ten minutes, gone twenty minutes after closing.
    @inline(__always)
    private func doorWarming(_ truck: Int, _ time: Int64) -> Double {
        guard let opening = lastOpening(truck, time) else { return 0 }
        let peak = 0.6 * min(1, Double(min(time, opening.close) - opening.open) / 600)
        if time < opening.close { return peak }
        let after = Double(time - opening.close)
        return after < 1200 ? peak * (1 - after / 1200) : 0
    }

    /// When the lights are on, per site and day: a warehouse while staff receive (early morning) and dispatch
    /// (afternoon), a store while it is open.
    func litIntervals(_ metric: SampleMetric, _ salt: UInt64, _ day: Int64) -> [(on: Int64, off: Int64)] {
        let midnight = SampleCalendar.midnight(day)
        func shift(_ key: Int64, _ range: Int64) -> Int64 {
            Int64((SampleNoise.white(salt ^ 0x11A7, day * 8 + key) + 1) * 0.5 * Double(range)) * 60
                + Int64((SampleNoise.white(salt ^ 0x5EC, day * 8 + key) + 1) * 29.5)
        }
        if metric == .warehouseLight {
            return [
                (midnight + 210 * 60 + shift(0, 20), midnight + 480 * 60 + shift(1, 20)),
                (midnight + 750 * 60 + shift(2, 20), midnight + 1050 * 60 + shift(3, 20)),
            ]
        }
        return [(midnight + 400 * 60 + shift(4, 40), midnight + 1330 * 60 + shift(5, 40))]
    }

    @inline(__always)
    private func lit(_ metric: SampleMetric, _ salt: UInt64, _ time: Int64) -> Bool {
        for interval in litIntervals(metric, salt, SampleCalendar.dayNumber(time))
        where time >= interval.on && time < interval.off {
            return true
        }
        return false
    }

    // MARK: Heap

    private static func push(_ heap: inout [UInt64], _ key: UInt64) {
        heap.append(key)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if heap[parent] <= heap[child] { break }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    @inline(__always)
    private static func replaceTop(_ heap: inout [UInt64], _ key: UInt64) {
        heap[0] = key
        siftDown(&heap)
    }

    private static func popTop(_ heap: inout [UInt64]) {
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            siftDown(&heap)
        }
    }

    @inline(__always)
    private static func siftDown(_ heap: inout [UInt64]) {
        let count = heap.count
        var parent = 0
        while true {
            let left = 2 * parent + 1
            if left >= count { return }
            let right = left + 1
            let smaller = right < count && heap[right] < heap[left] ? right : left
            if heap[parent] <= heap[smaller] { return }
            heap.swapAt(parent, smaller)
            parent = smaller
        }
    }
}
