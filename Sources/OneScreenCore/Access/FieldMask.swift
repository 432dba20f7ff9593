/// How much of a field above the viewer's clearance still shows.
public enum FieldMask: Sendable, Equatable, Codable {
    /// One grade short: an amount shows as its order of magnitude, a name by its first character, a phone by its ends.
    case partial
    /// Two or more grades short: nothing of the value shows.
    case hidden

    /// The mask for a field of `grade` seen with `clearance`; nil when the field shows in full.
    public static func forField(grade: DataGrade, clearance: DataGrade) -> FieldMask? {
        guard grade > clearance else { return nil }
        return grade.rawValue - clearance.rawValue == 1 ? .partial : .hidden
    }
}
