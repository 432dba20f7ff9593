/// An excursion as planned: which series leaves its band, when, how far, and the shape of the way out and back.
///
/// The value is out of band exactly on `start ..< end` (to the generator's end when `end` is nil): at least the
/// metric's margin beyond the bound, at most the planned peak. Before `start` it eases from normal to just inside
/// the bound over `rampIn`; after `end` it eases back to normal over `rampOut`, staying inside the band.
struct PlannedExcursion: Sendable {
    let id: String
    let series: Int
    let metric: SampleMetric
    let start: Int64
    let end: Int64?
    /// Planned extreme value (the written peak is within a few percent of it).
    let peak: Double
    let lot: Int?
    let note: String
    let rampIn: Int64
    let rampOut: Int64

    /// Seconds an ongoing excursion takes to reach its plateau.
    static let rise: Int64 = 40 * 60

    /// +1 when the excursion goes above the standard's maximum, -1 below its minimum.
    var direction: Double {
        if let maximum = metric.maximum, peak > maximum { return 1 }
        return -1
    }

    var bound: Double {
        direction > 0 ? metric.maximum ?? 0 : metric.minimum ?? 0
    }

    /// The value at `time` of a series whose normal value there is `normal`.
    @inline(__always)
    func apply(_ time: Int64, normal: Double, salt: UInt64) -> Double {
        if metric == .coldDoor || time < start - rampIn { return normal }
        let margin = metric.margin
        let inside = bound - direction * margin
        if time < start {
            let fraction = Double(time - (start - rampIn)) / Double(rampIn)
            return normal + (inside - normal) * fraction
        }
        if let end, time >= end {
            if time >= end + rampOut { return normal }
            let fraction = Double(time - end) / Double(rampOut)
            return inside + (normal - inside) * fraction
        }
        let amplitude = abs(peak - bound) - margin
        let shape: Double
        if let end {
            let u = Double(time - start) / Double(end - start)
            if u < 0.3 {
                shape = PlannedExcursion.smoothstep(u / 0.3)
            } else if u < 0.75 {
                shape = 1
            } else {
                shape = 1 - 0.85 * PlannedExcursion.smoothstep((u - 0.75) / 0.25)
            }
        } else {
            let u = Double(time - start) / Double(PlannedExcursion.rise)
            shape = u >= 1 ? 1 : PlannedExcursion.smoothstep(u)
        }
        let wobble = 0.04 * amplitude * SampleNoise.jitter(salt ^ 0xE7C5_11A3, time)
        let excess = min(amplitude, max(0, amplitude * shape + wobble))
        return bound + direction * (margin + excess)
    }

    @inline(__always)
    static func smoothstep(_ x: Double) -> Double {
        let c = min(1, max(0, x))
        return c * c * (3 - 2 * c)
    }
}
