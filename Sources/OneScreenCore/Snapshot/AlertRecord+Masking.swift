extension AlertRecord {
    /// This alert as `viewer` may see it. Alert texts may name a site, a customer or a person, so its subject and
    /// message are graded as one field.
    public func masked(for viewer: Viewer) -> AlertRecord {
        var copy = self
        copy.subject = viewer.text(subject, as: .alertText)
        copy.message = viewer.text(message, as: .alertText)
        return copy
    }
}
