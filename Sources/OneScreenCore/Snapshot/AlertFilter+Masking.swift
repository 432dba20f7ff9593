extension AlertFilter {
    /// This filter as it may be asked for `viewer`: a text filter matches only what the viewer sees. Matching the
    /// stored subject or message of a masked alert would answer "does it contain 陈?" one character at a time.
    public func visible(to viewer: Viewer) -> AlertFilter {
        guard let text, !text.isEmpty, viewer.mask(for: .alertText) != nil else { return self }
        var copy = self
        // A masked subject and message read `***` for every alert: a text found in that matches them all.
        if Masking.hiddenText.contains(text) { copy.text = nil } else { copy.textInRuleOnly = true }
        return copy
    }
}
