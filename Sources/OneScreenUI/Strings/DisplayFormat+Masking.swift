import OneScreenCore

extension DisplayFormat {
    /// An amount as the viewer may see it: exact, `≥100万` when only its order of magnitude may show (the snapshot then
    /// holds that lower bound), `***` when nothing may.
    func amount(_ value: Double, _ field: GradedField, masks: [GradedField: FieldMask]) -> String {
        switch masks[field] {
        case nil: amount(value)
        case .partial: "≥" + amount(value)
        case .hidden: Masking.hiddenText
        }
    }

    /// A reading as the viewer may see it: a reading's order of magnitude says nothing useful, so any mask hides it.
    func measure(_ value: Double, unit: String, masks: [GradedField: FieldMask]) -> String {
        masks[.readingValue] == nil ? reading(value, unit: unit) : Masking.hiddenText
    }
}
