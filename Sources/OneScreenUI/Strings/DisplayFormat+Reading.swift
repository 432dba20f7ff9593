/// Readings with their units. Most units follow the figure (`8.6℃`, `2.45kg`); a two-state sensor (a cold-chain door,
/// unit `0/1`) is shown as the word for its state, because `1` followed by `0/1` reads as `10/1`.
extension DisplayFormat {
    /// The unit of a two-state sensor: 0 closed (off), 1 open (on).
    public static let twoStateUnit = "0/1"

    /// `8.6℃`; a two-state reading as `开` / `关` (`open` / `closed`).
    public func reading(_ value: Double, unit: String) -> String {
        unit == Self.twoStateUnit ? state(value) : measure(value) + unit
    }

    /// From `lowest` to `highest` with the unit once: `2–8.6℃`, `8.6℃` when they are equal, `关–开` for a door.
    public func readings(lowest: Double, highest: Double, unit: String, glyphs: Glyphs) -> String {
        guard lowest != highest else { return reading(lowest, unit: unit) }
        guard unit != Self.twoStateUnit else { return state(lowest) + glyphs.rangeSeparator + state(highest) }
        return measure(lowest) + glyphs.rangeSeparator + measure(highest) + unit
    }

    /// A standard's band with its unit, `0–4℃`, `≤-18℃`; for a two-state sensor the state it must keep (`关` for a
    /// door that must stay shut, `≤0`).
    public func band(min: Double?, max: Double?, unit: String, glyphs: Glyphs) -> String {
        guard unit == Self.twoStateUnit else {
            return min == nil && max == nil ? Self.missing : band(min: min, max: max, glyphs: glyphs) + unit
        }
        switch (min, max) {
        case (_, let high?) where high < 0.5: return state(0)
        case (let low?, _) where low >= 0.5: return state(1)
        default: return Self.missing
        }
    }

    private func state(_ value: Double) -> String {
        let open = value >= 0.5
        return language == .zh ? (open ? "开" : "关") : (open ? "open" : "closed")
    }
}
