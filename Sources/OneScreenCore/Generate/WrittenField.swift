/// One named field of a record about to be written; a nil value is an absent optional field.
struct WrittenField: Sendable {
    let name: String
    let value: WrittenValue?

    init(_ name: String, _ value: WrittenValue?) {
        self.name = name
        self.value = value
    }
}
