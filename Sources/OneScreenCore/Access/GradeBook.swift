/// The grade of each field: the defaults in `GradedField`, overridden by the config.
public struct GradeBook: Sendable, Equatable, Codable {
    private var overrides: [String: DataGrade]

    public init(overrides: [GradedField: DataGrade] = [:]) {
        self.overrides = Dictionary(uniqueKeysWithValues: overrides.map { ($0.key.rawValue, $0.value) })
    }

    public func grade(of field: GradedField) -> DataGrade {
        overrides[field.rawValue] ?? field.defaultGrade
    }
}
