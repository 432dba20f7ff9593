extension AlertRecord {
    /// This alert as `viewer` may see it. Alert texts may name a site, a customer or a person, so they are graded as
    /// one field (the note and the rule's stored findings with them); who acknowledged is a person's name.
    public func masked(for viewer: Viewer) -> AlertRecord {
        var copy = self
        copy.subject = viewer.text(subject, as: .alertText)
        copy.message = viewer.text(message, as: .alertText)
        copy.ackNote = ackNote.map { viewer.text($0, as: .alertText) }
        copy.detail = detail.map { viewer.text($0, as: .alertText) }
        // The message is masked as one text, so what it was made from goes with it: re-rendered in another language
        // it would show the very values the mask hides.
        if viewer.mask(for: .alertText) != nil { copy.defaultMessage = nil }
        copy.ackedBy = ackedBy.map { viewer.text($0, as: .personName) }
        return copy
    }
}
