/// Who a snapshot is built for: the OS user, the role they act as, and the grades in force. Masking and audit both
/// start from here.
public struct Viewer: Sendable, Equatable, Codable {
    public var user: String
    public var role: Role
    public var grades: GradeBook

    public init(user: String, role: Role, grades: GradeBook = GradeBook()) {
        self.user = user
        self.role = role
        self.grades = grades
    }

    /// How `field` must be masked for this viewer; nil when it shows in full.
    public func mask(for field: GradedField) -> FieldMask? {
        FieldMask.forField(grade: grades.grade(of: field), clearance: role.clearance)
    }

    /// Whether this viewer may acknowledge and silence alerts: someone who may open the Alerts page and read what an
    /// alert says in full (acting on `***` would be acting blind). Never a kiosk: a wall screen is nobody, and the
    /// audit trail must name a person.
    public var mayActOnAlerts: Bool {
        role.name != Role.kioskName && role.mayOpen(page: "alerts") && mask(for: .alertText) == nil
    }

    /// Every field this viewer sees masked, and how.
    public var masks: [GradedField: FieldMask] {
        Dictionary(uniqueKeysWithValues: GradedField.allCases.compactMap { field in mask(for: field).map { (field, $0) } })
    }

    /// The text of `field` as this viewer may see it.
    public func text(_ value: String, as field: GradedField) -> String {
        switch mask(for: field) {
        case nil: value
        case .hidden: Masking.hiddenText
        case .partial:
            switch field {
            case .customerPhone: Masking.phone(value)
            case .customerContact, .personName, .customerName, .contractCounterparty: Masking.name(value)
            default: Masking.hiddenText
            }
        }
    }

    /// A number of `field` as this viewer may hold it: exact, its order of magnitude's lower bound (partial), or 0
    /// (hidden). The snapshot records the mask beside it, so the page prints a range or `***` instead.
    public func number(_ value: Double, as field: GradedField) -> Double {
        switch mask(for: field) {
        case nil: value
        case .partial: Masking.range(of: value).lowerBound
        case .hidden: 0
        }
    }
}
