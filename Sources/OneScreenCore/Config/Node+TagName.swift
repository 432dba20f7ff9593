import Yams

extension Node {
    /// The resolved YAML type of the node (`str`, `int`, `bool`, `null` …), to tell `10` from `"10"` from `10s`.
    var tagName: Tag.Name { Tag.Name(rawValue: tag.rawValue) }
}
